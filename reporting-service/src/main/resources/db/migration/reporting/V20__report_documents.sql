-- Each generation of a periodic report, kept so that it can be rendered again byte for byte:
-- the figures as read (canonical JSON), the read-model position they were read at, the template
-- version and the hashes of the content and of the rendered files. Rows are never updated.
create table report_document (
    document_id      bigserial    primary key,
    report_id        varchar(200) not null,
    report_type      varchar(32)  not null,
    organisation_id  varchar(64)  not null,
    period           varchar(16)  not null,
    generation       int          not null,
    issuer_symbol    varchar(16)  not null,
    number_year      int          not null,
    number           int          not null,
    generated_at     timestamptz  not null,
    triggered_by     varchar(16)  not null,
    position_before  text         not null,
    position_after   text         not null,
    template_version varchar(16)  not null,
    content_json     text         not null,
    content_sha256   char(64)     not null,
    pdf_sha256       char(64)     not null,
    xlsx_sha256      char(64)     not null,
    unique (report_id, generation)
);
create index report_document_organisation on report_document (organisation_id, generated_at desc);
-- Numbers are per issuing body, document type (BC) and year; all generations of one report share theirs.
create index report_document_number on report_document (organisation_id, issuer_symbol, number_year, number);
