package vn.chibo.query.resolution;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.Page;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.resolution.ResolutionContract.Amendment;
import vn.chibo.events.resolution.ResolutionContract.ResolutionRecord;
import vn.chibo.events.resolution.ResolutionContract.ResolutionSummary;
import vn.chibo.events.resolution.ResolutionKind;
import vn.chibo.query.organisation.OrganisationView;
import vn.chibo.query.projection.AsOf;
import vn.chibo.query.projection.JsonColumns;
import vn.chibo.query.projection.PageQuery;
import vn.chibo.query.projection.Paging;
import vn.chibo.query.task.TaskCards;
import vn.chibo.service.web.NotFoundException;

import java.time.YearMonth;
import java.util.List;

import static vn.chibo.query.projection.Columns.date;

/** Reads of resolutions: lists per organisation subtree and month, and one resolution's record. */
@Component
public class ResolutionQueries {

    private static String columns(AsOf.Day asOf) {
        return """
                select r.resolution_id, r.meeting_id, r.organisation_id, o.name as organisation_name, r.kind, r.number,
                       r.title, r.adopted_on, r.superseded_by, r.superseded_on, r.text, r.supersession_reason,
                       (select count(*) from %s a where a.resolution_id = r.resolution_id) as amendments,
                       (select min(s.resolution_id) from %s s where s.superseded_by = r.resolution_id) as supersedes,
                       (select count(*) from %s t where t.resolution_id = r.resolution_id) as tasks
                """.formatted(asOf.table("resolution_amendment"), asOf.table("resolution"), asOf.table("task"));
    }

    private static String from(AsOf.Day asOf) {
        return "from " + asOf.table("resolution") + " r join organisation o on o.organisation_id = r.organisation_id";
    }

    private static String inSubtree(AsOf.Day asOf) {
        return from(asOf) + """
                 where r.organisation_id in %s
                   and (cast(:from as date) is null or r.adopted_on >= :from)
                   and (cast(:to as date) is null or r.adopted_on < :to)
                """.formatted(asOf.subtree());
    }

    private static final RowMapper<ResolutionSummary> SUMMARY_ROW = (rs, i) -> new ResolutionSummary(
            rs.getString("resolution_id"), rs.getString("meeting_id"), rs.getString("organisation_id"),
            rs.getString("organisation_name"), ResolutionKind.valueOf(rs.getString("kind")), rs.getString("number"),
            rs.getString("title"), date(rs, "adopted_on"), rs.getInt("amendments"), rs.getString("superseded_by"),
            date(rs, "superseded_on"), rs.getString("supersedes"), rs.getLong("tasks"));

    private final NamedParameterJdbcTemplate jdbc;
    private final PageQuery pages;
    private final OrganisationView organisations;
    private final TaskCards tasks;
    private final JsonColumns json;

    ResolutionQueries(NamedParameterJdbcTemplate jdbc, PageQuery pages, OrganisationView organisations,
                      TaskCards tasks, JsonColumns json) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.organisations = organisations;
        this.tasks = tasks;
        this.json = json;
    }

    /** The resolutions of the subtree's cells, newest first; of one month's adoptions if given; as recorded by a day. */
    public Page<ResolutionSummary> resolutions(String organisationId, YearMonth month, AsOf.Day asOf, Paging paging) {
        organisations.summary(organisationId);
        var params = new MapSqlParameterSource("organisationId", organisationId)
                .addValue("from", month == null ? null : month.atDay(1))
                .addValue("to", month == null ? null : month.plusMonths(1).atDay(1));
        return pages.page(columns(asOf), inSubtree(asOf), "r.adopted_on desc, r.resolution_id", params, paging, SUMMARY_ROW);
    }

    /** A resolution with its text, amendments, the latest passing vote on it, and its tasks; as recorded by a day. */
    public ResolutionRecord record(String resolutionId, AsOf.Day asOf) {
        var params = new MapSqlParameterSource("resolutionId", resolutionId);
        return jdbc.query(columns(asOf) + from(asOf) + " where r.resolution_id = :resolutionId", params,
                        (rs, i) -> new ResolutionRecord(SUMMARY_ROW.mapRow(rs, i), rs.getString("text"),
                                rs.getString("supersession_reason"), amendments(params, asOf), vote(params, asOf),
                                tasks.ofResolution(resolutionId, asOf)))
                .stream().findFirst()
                .orElseThrow(() -> new NotFoundException("kind.resolution", resolutionId));
    }

    private List<Amendment> amendments(MapSqlParameterSource params, AsOf.Day asOf) {
        return jdbc.query("""
                select amendment, change, amended_by, reason, amended_on from %s a
                where resolution_id = :resolutionId order by amendment
                """.formatted(asOf.table("resolution_amendment")), params, (rs, i) -> new Amendment(rs.getInt("amendment"), rs.getString("change"),
                rs.getString("amended_by"), rs.getString("reason"), date(rs, "amended_on")));
    }

    private VoteResult vote(MapSqlParameterSource params, AsOf.Day asOf) {
        return jdbc.query("""
                        select vote from %s v where resolution_id = :resolutionId and passed
                        order by position desc limit 1
                        """.formatted(asOf.table("meeting_resolution_vote")), params, (rs, i) -> json.read(rs.getString("vote"), VoteResult.class))
                .stream().findFirst().orElse(null);
    }
}
