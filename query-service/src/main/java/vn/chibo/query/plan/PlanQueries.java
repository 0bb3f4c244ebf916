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
import vn.chibo.query.projection.Subtree;

import java.sql.ResultSet;
import java.sql.SQLException;

import static vn.chibo.query.projection.Columns.date;
import static vn.chibo.query.projection.Columns.integer;

/** Reads of thematic plans: the plans of an organisation's cells, of a year and a status if given. */
@Component
public class PlanQueries {

    /** The themes of one submission of the plan {@code p}, as a JSON list of {@link PlannedTheme}. */
    private static final String THEMES_OF = """
            (select json_agg(json_build_object('themeId', t.theme_id, 'quarter', t.quarter, 'title', t.title,
                                               'leadReporterId', t.lead_reporter_id) order by t.position)
             from plan_theme t where t.plan_id = p.plan_id and t.submission = %s)
            """;

    private static final String IN_SUBTREE = """
             from plan p
             join organisation c on c.organisation_id = p.cell_id
             left join organisation k on k.organisation_id = p.committee_id
             where p.cell_id in %s
               and (cast(:year as integer) is null or p.year = :year)
               and (cast(:status as varchar) is null or p.status = :status)
            """.formatted(Subtree.OF_ORGANISATION);

    private final PageQuery pages;
    private final OrganisationView organisations;
    private final JsonColumns json;

    PlanQueries(PageQuery pages, OrganisationView organisations, JsonColumns json) {
        this.pages = pages;
        this.organisations = organisations;
        this.json = json;
    }

    public Page<PlanView> plans(String organisationId, Integer year, PlanStatus status, Paging paging) {
        organisations.summary(organisationId);
        var params = new MapSqlParameterSource("organisationId", organisationId)
                .addValue("year", year)
                .addValue("status", status == null ? null : status.name());
        return pages.page("select p.*, c.name as cell_name, k.name as committee_name, "
                        + THEMES_OF.formatted("p.submission") + " as themes, "
                        + THEMES_OF.formatted("p.approved_submission") + " as approved_themes",
                IN_SUBTREE, "p.year desc, c.name, p.plan_id", params, paging, (rs, i) -> plan(rs));
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
