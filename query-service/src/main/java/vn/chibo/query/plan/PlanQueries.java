package vn.chibo.query.plan;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import vn.chibo.events.Page;
import vn.chibo.events.plan.PlanContract.PlanView;
import vn.chibo.events.plan.PlanContract.PlannedTheme;
import vn.chibo.events.plan.PlanStatus;
import vn.chibo.query.organisation.OrganisationView;
import vn.chibo.query.projection.JsonColumns;
import vn.chibo.query.projection.PageQuery;
import vn.chibo.query.projection.Paging;
import vn.chibo.query.projection.AsOf;

import java.sql.ResultSet;
import java.sql.SQLException;

import static vn.chibo.query.projection.Columns.date;
import static vn.chibo.query.projection.Columns.integer;

/** Reads of thematic plans: the plans of an organisation's cells, of a year and a status if given. */
@Component
public class PlanQueries {

    /** The themes of one submission of the plan {@code p}, as a JSON list of {@link PlannedTheme}. */
    private static String themesOf(String submission, AsOf.Day asOf) {
        return """
                (select json_agg(json_build_object('themeId', t.theme_id, 'quarter', t.quarter, 'title', t.title,
                                                   'leadReporterId', t.lead_reporter_id) order by t.position)
                 from %s t where t.plan_id = p.plan_id and t.submission = %s)
                """.formatted(asOf.table("plan_theme"), submission);
    }

    private static String inSubtree(AsOf.Day asOf) {
        return """
                 from %s p
                 join organisation c on c.organisation_id = p.cell_id
                 left join organisation k on k.organisation_id = p.committee_id
                 where p.cell_id in %s
                   and (cast(:year as integer) is null or p.year = :year)
                   and (cast(:status as varchar) is null or p.status = :status)
                """.formatted(asOf.table("plan"), asOf.subtree());
    }

    private final PageQuery pages;
    private final OrganisationView organisations;
    private final JsonColumns json;

    PlanQueries(PageQuery pages, OrganisationView organisations, JsonColumns json) {
        this.pages = pages;
        this.organisations = organisations;
        this.json = json;
    }

    /** The plans of the subtree's cells, as recorded by a day. */
    public Page<PlanView> plans(String organisationId, Integer year, PlanStatus status, AsOf.Day asOf, Paging paging) {
        organisations.summary(organisationId);
        var params = new MapSqlParameterSource("organisationId", organisationId)
                .addValue("year", year)
                .addValue("status", status == null ? null : status.name());
        return pages.page("select p.*, c.name as cell_name, k.name as committee_name, "
                        + themesOf("p.submission", asOf) + " as themes, "
                        + themesOf("p.approved_submission", asOf) + " as approved_themes",
                inSubtree(asOf), "p.year desc, c.name, p.plan_id", params, paging, (rs, i) -> plan(rs));
    }

    private PlanView plan(ResultSet rs) throws SQLException {
        return new PlanView(rs.getString("plan_id"), rs.getString("cell_id"), rs.getString("cell_name"),
                rs.getString("committee_id"), rs.getString("committee_name"), rs.getInt("year"),
                rs.getInt("submission"), PlanStatus.valueOf(rs.getString("status")), date(rs, "submitted_on"),
                rs.getString("decided_by"), rs.getString("decision_comment"), date(rs, "decided_on"),
                integer(rs, "approved_submission"), json.list(rs.getString("themes"), PlannedTheme.class),
                json.list(rs.getString("approved_themes"), PlannedTheme.class));
    }
}
