package vn.chibo.report.periodic;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.report.document.CanonicalJson;
import vn.chibo.service.web.NotFoundException;

import java.sql.Timestamp;
import java.util.List;
import java.util.function.IntFunction;

/** The generated reports in reporting-service's database; rows are written once and never changed. */
@Component
class ReportStore {

    private static final RowMapper<StoredReport> STORED = (rs, i) -> new StoredReport(rs.getLong("document_id"),
            rs.getInt("generation"), rs.getString("triggered_by"), rs.getString("content_sha256"),
            rs.getString("pdf_sha256"), rs.getString("xlsx_sha256"),
            CanonicalJson.read(rs.getString("content_json"), PeriodicReport.class));

    private final JdbcTemplate jdbc;

    ReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Numbers and stores a new generation of a report. All generations of one report keep the number
     * its first one got; a new report takes the issuer's next number of the year. The issuer is locked
     * for the transaction, so two generations never take the same number.
     */
    @Transactional
    public StoredReport add(String reportId, String organisationId, String symbol, int year, String triggeredBy,
                            IntFunction<PeriodicReport> numbered) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", organisationId);
        Integer number = jdbc.queryForObject(
                "select min(number) from report_document where report_id = ?", Integer.class, reportId);
        if (number == null) {
            number = jdbc.queryForObject("""
                    select coalesce(max(number), 0) + 1 from report_document
                    where organisation_id = ? and issuer_symbol = ? and number_year = ?
                    """, Integer.class, organisationId, symbol, year);
        }
        int generation = jdbc.queryForObject(
                "select coalesce(max(generation), 0) + 1 from report_document where report_id = ?", Integer.class, reportId);
        PeriodicReport report = numbered.apply(number);
        String json = CanonicalJson.write(report);
        String pdf = CanonicalJson.sha256(PeriodicReportPdf.render(report));
        String xlsx = CanonicalJson.sha256(PeriodicReportXlsx.render(report));
        Long id = jdbc.queryForObject("""
                        insert into report_document (report_id, report_type, organisation_id, period, generation, issuer_symbol,
                            number_year, number, generated_at, triggered_by, position_before, position_after,
                            template_version, content_json, content_sha256, pdf_sha256, xlsx_sha256)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning document_id
                        """, Long.class,
                reportId, report.type().name(), organisationId, report.period(), generation, symbol, year, number,
                Timestamp.from(report.generatedAt()), triggeredBy, CanonicalJson.write(report.readAt().before()),
                CanonicalJson.write(report.readAt().after()), report.templateVersion(), json, CanonicalJson.sha256(json),
                pdf, xlsx);
        return new StoredReport(id, generation, triggeredBy, CanonicalJson.sha256(json), pdf, xlsx, report);
    }

    public StoredReport get(long documentId) {
        return jdbc.query("select * from report_document where document_id = ?", STORED, documentId)
                .stream().findFirst()
                .orElseThrow(() -> new NotFoundException("kind.report", String.valueOf(documentId)));
    }

    public List<StoredReport.Summary> ofOrganisation(String organisationId) {
        return jdbc.query("""
                        select document_id, report_id, report_type, period, generation, number, issuer_symbol, generated_at,
                               template_version, content_sha256
                        from report_document where organisation_id = ? order by generated_at desc, document_id desc
                        """,
                (rs, i) -> new StoredReport.Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), PeriodicReport.numberAndSymbol(rs.getInt(6), rs.getString(7)), rs.getTimestamp(8).toInstant(),
                        rs.getString(9), rs.getString(10)),
                organisationId);
    }
}
