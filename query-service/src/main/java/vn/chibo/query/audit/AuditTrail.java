package vn.chibo.query.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.ContractJson;
import vn.chibo.events.Page;
import vn.chibo.events.audit.AuditContract.AuditEntryView;
import vn.chibo.events.indicator.Period;
import vn.chibo.query.organisation.OrganisationView;
import vn.chibo.query.projection.PageQuery;
import vn.chibo.query.projection.Paging;
import vn.chibo.query.projection.Subtree;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads of the audit trail: an organisation's decisions in a period, and any entity's timeline. */
@Component
public class AuditTrail {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * The events the decision log lists: what a body decided (adopted, voted, assigned, evaluated,
     * exempted, removed, approved, reorganised) rather than the steps of recording a meeting.
     */
    static final List<String> DECISIONS = List.of("ResolutionAdopted", "ResolutionAmended", "ResolutionSuperseded",
            "ResolutionVoted", "QualityRatingVoted", "MeetingContentApproved", "TaskAssigned", "TaskEvaluated",
            "TaskCancelled", "TaskTransferred", "ExemptionGranted", "ExemptionEnded", "MemberLeft", "MemberPromoted",
            "CellRoleAssigned", "PlanApproved", "PlanReturned", "PetitionForwarded", "PetitionEscalated",
            "PetitionAnswered", "PolicyVersionAdopted", "OrganisationCreated", "OrganisationMoved",
            "OrganisationsMerged", "OrganisationSplit", "OrganisationDissolved", "ReportSubmitted", "ReportAccepted",
            "ReportReturned", "ReportReopened");

    /** The facts worth a glance, in the order they are looked for. */
    private static final List<String> DETAIL_FIELDS = List.of("title", "content", "change", "text", "gist", "summary", "note", "reason",
            "answer", "outcome", "level", "role", "name", "fullName");

    private static final String SELECT = "select a.*, o.name as organisation_name";
    private static final String FROM = " from audit_entry a left join organisation o on o.organisation_id = a.organisation_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final PageQuery pages;
    private final OrganisationView organisations;
    private final MessageSource texts;
    private final ObjectMapper json = ContractJson.newObjectMapper();

    AuditTrail(NamedParameterJdbcTemplate jdbc, PageQuery pages, OrganisationView organisations, MessageSource texts) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.organisations = organisations;
        this.texts = texts;
    }

    /** What to read: the organisation's subtree, a period, decisions only or everything, known by a date. */
    public record Filter(String organisationId, Period period, boolean decisionsOnly, LocalDate asOf) {
    }

    /** The subtree's entries in the period, oldest first, as known at the end of {@code asOf} if given. */
    public Page<AuditEntryView> entries(Filter filter, Paging paging, Locale locale) {
        organisations.summary(filter.organisationId());
        var params = new MapSqlParameterSource();
        String where = where(filter, params);
        return pages.page(SELECT, FROM + where, "a.occurred_at, a.position", params, paging, (rs, i) -> entry(rs, locale));
    }

    /** All entries of the filter, for export. */
    public List<AuditEntryView> all(Filter filter, Locale locale) {
        organisations.summary(filter.organisationId());
        var params = new MapSqlParameterSource();
        return jdbc.query(SELECT + FROM + where(filter, params) + " order by a.occurred_at, a.position", params,
                (rs, i) -> entry(rs, locale));
    }

    /**
     * Everything that happened to an entity and what hangs from it: a resolution, the tasks it assigned
     * and their progress, completion and evaluation; a meeting and what was decided in it.
     */
    public List<AuditEntryView> timeline(String entityId, LocalDate asOf, Locale locale) {
        var params = new MapSqlParameterSource("entityId", entityId).addValue("until", until(asOf));
        return jdbc.query(SELECT + FROM + " " + """
                 where (a.entity_id = :entityId or a.resolution_id = :entityId or a.meeting_id = :entityId)
                   and (cast(:until as timestamptz) is null or a.occurred_at < :until)
                 order by a.occurred_at, a.position""", params, (rs, i) -> entry(rs, locale));
    }

    /** The last daily digests of the event chain, newest first. */
    public List<AuditEntryView> digests(int count, Locale locale) {
        return jdbc.query(SELECT + FROM + " where a.event_type = 'ChainDigestRecorded' order by a.position desc limit :count",
                new MapSqlParameterSource("count", count), (rs, i) -> entry(rs, locale));
    }

    private static String where(Filter filter, MapSqlParameterSource params) {
        params.addValue("organisationId", filter.organisationId())
                .addValue("from", Timestamp.from(filter.period().first().atDay(1).atStartOfDay(VIETNAM).toInstant()))
                .addValue("to", Timestamp.from(filter.period().last().plusMonths(1).atDay(1).atStartOfDay(VIETNAM).toInstant()))
                .addValue("until", until(filter.asOf()))
                .addValue("decisions", DECISIONS);
        return " where a.organisation_id in " + Subtree.OF_ORGANISATION
                + " and a.occurred_at >= :from and a.occurred_at < :to"
                + " and (cast(:until as timestamptz) is null or a.occurred_at < :until)"
                + (filter.decisionsOnly() ? " and a.event_type in (:decisions)" : "");
    }

    private static Timestamp until(LocalDate asOf) {
        return asOf == null ? null : Timestamp.from(asOf.plusDays(1).atStartOfDay(VIETNAM).toInstant());
    }

    private AuditEntryView entry(ResultSet rs, Locale locale) throws SQLException {
        Map<String, Object> facts = facts(rs.getString("facts"));
        String type = rs.getString("event_type");
        return new AuditEntryView(rs.getLong("position"), rs.getString("event_id"),
                rs.getTimestamp("occurred_at").toInstant(), type,
                texts.getMessage("audit.event." + type, null,
                        texts.getMessage("audit.event.unknown", new Object[]{type}, type, locale), locale),
                detail(facts), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("organisation_id"),
                rs.getString("organisation_name"), rs.getString("meeting_id"), rs.getString("resolution_id"),
                rs.getString("actor"), rs.getString("acting_role"), rs.getString("acting_organisation"), facts);
    }

    private Map<String, Object> facts(String text) {
        try {
            return json.readValue(text, new TypeReference<>() {
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an audit entry's facts are not JSON", e);
        }
    }

    private static String detail(Map<String, Object> facts) {
        return DETAIL_FIELDS.stream().map(facts::get).filter(v -> v instanceof String s && !s.isBlank())
                .map(Object::toString).findFirst().orElse(null);
    }
}
