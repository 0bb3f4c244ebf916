package vn.chibo.query.organisation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import vn.chibo.events.meeting.MeetingContract.MonthlyMeetings;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.query.indicator.Indicator;
import vn.chibo.query.indicator.IndicatorView;
import vn.chibo.service.web.NotFoundException;

import java.time.YearMonth;
import java.util.List;

/** Reads of the organisation read model. Every figure is read precomputed; nothing is summed here. */
@Component
public class OrganisationView {

    private static final String SUMMARY = """
            select o.organisation_id, o.name, o.kind, o.level_label, o.cell_type, o.parent_id, o.depth,
                   t.cells, t.official_members, t.probationary_members
            from organisation o join organisation_totals t on t.organisation_id = o.organisation_id
            """;

    private static final RowMapper<OrganisationSummary> SUMMARY_ROW = (rs, i) -> new OrganisationSummary(
            rs.getString(1), rs.getString(2), OrganisationKind.valueOf(rs.getString(3)), rs.getString(4),
            rs.getString(5) == null ? null : CellType.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7),
            rs.getLong(8), rs.getLong(9), rs.getLong(10));

    private final JdbcTemplate jdbc;
    private final IndicatorView indicators;

    OrganisationView(JdbcTemplate jdbc, IndicatorView indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    public List<OrganisationSummary> roots() {
        return jdbc.query(SUMMARY + " where o.parent_id is null order by o.name", SUMMARY_ROW);
    }

    public OrganisationSummary summary(String organisationId) {
        return jdbc.query(SUMMARY + " where o.organisation_id = ?", SUMMARY_ROW, organisationId)
                .stream().findFirst()
                .orElseThrow(() -> new NotFoundException("kind.organisation", organisationId));
    }

    public List<OrganisationSummary> children(String organisationId) {
        summary(organisationId);
        return jdbc.query(SUMMARY + " where o.parent_id = ? order by o.kind desc, o.name", SUMMARY_ROW, organisationId);
    }

    /** The organisation's ancestors from the root down, and the organisation itself last. */
    public List<OrganisationSummary> path(String organisationId) {
        return jdbc.query(SUMMARY + """
                 join organisation_ancestor a on a.ancestor_id = o.organisation_id
                 where a.organisation_id = ? order by a.distance desc
                """, SUMMARY_ROW, organisationId);
    }

    /** The organisations directly below, each with its subtree's meetings in the month. */
    public List<UnitMonth> childrenWithMonth(String organisationId, YearMonth month) {
        summary(organisationId);
        return jdbc.query("""
                        select o.organisation_id, o.name, o.kind, o.level_label, o.cell_type, o.parent_id, o.depth,
                               t.cells, t.official_members, t.probationary_members,
                               coalesce(h.value, 0) as meetings_held, coalesce(c.value, 0) as cells_met
                        from organisation o join organisation_totals t on t.organisation_id = o.organisation_id
                        left join indicator_month h on h.organisation_id = o.organisation_id and h.month = ?
                             and h.indicator = 'MEETINGS_HELD'
                        left join indicator_month c on c.organisation_id = o.organisation_id and c.month = ?
                             and c.indicator = 'CELLS_MET'
                        where o.parent_id = ? order by o.kind desc, o.name
                        """,
                (rs, i) -> new UnitMonth(SUMMARY_ROW.mapRow(rs, i), rs.getLong("meetings_held"), rs.getLong("cells_met")),
                month.atDay(1), month.atDay(1), organisationId);
    }

    /** A unit below an organisation with its figures for one month. */
    public record UnitMonth(OrganisationSummary unit, long meetingsHeld, long cellsMet) {

        /** Share of the unit's cells that met in the month, 0–100. */
        public long cellsMetPercent() {
            return unit.cells() == 0 ? 0 : Math.round(100.0 * cellsMet / unit.cells());
        }
    }

    public MonthlyMeetings monthlyMeetings(String organisationId, YearMonth month) {
        OrganisationSummary organisation = summary(organisationId);
        var held = indicators.month(organisationId, month);
        return new MonthlyMeetings(organisationId, month, held.getOrDefault(Indicator.MEETINGS_HELD, 0L),
                held.getOrDefault(Indicator.CELLS_MET, 0L), organisation.cells());
    }
}
