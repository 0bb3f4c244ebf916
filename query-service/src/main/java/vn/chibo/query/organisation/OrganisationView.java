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
import vn.chibo.query.indicator.TreeChoice;
import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.query.projection.AsOf;
import vn.chibo.query.projection.Columns;
import vn.chibo.events.indicator.Period;
import vn.chibo.service.web.NotFoundException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
    private final AsOf days;

    OrganisationView(JdbcTemplate jdbc, IndicatorView indicators, AsOf days) {
        this.days = days;
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    public List<OrganisationSummary> roots() {
        return jdbc.query(SUMMARY + " where o.parent_id is null order by o.name", SUMMARY_ROW);
    }

    /** The organisations the read model knows among these, in their order. */
    public List<OrganisationSummary> summaries(List<String> organisationIds) {
        return organisationIds.stream()
                .flatMap(id -> jdbc.query(SUMMARY + " where o.organisation_id = ?", SUMMARY_ROW, id).stream())
                .toList();
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

    /**
     * The units that stood directly below in the months' trees, each with the months it stood there
     * (a unit that moved in or out during a period counts here for those months only), committees
     * first, by name.
     */
    public List<UnitMonths> unitsBelow(String organisationId, List<YearMonth> months) {
        summary(organisationId);
        Map<String, List<YearMonth>> byUnit = new LinkedHashMap<>();
        jdbc.query("""
                        select c.organisation_id, m.month
                        from (select distinct organisation_id from organisation_position where parent_id = ?) c
                        join organisation o on o.organisation_id = c.organisation_id
                        cross join unnest(cast(? as date[])) m(month)
                        where parent_in(c.organisation_id, m.month, (m.month + interval '1 month' - interval '1 day')::date) = ?
                          and exists (select 1 from organisation_position h where h.organisation_id = c.organisation_id
                                      and h.valid_from < m.month + interval '1 month'
                                      and (h.valid_to is null or h.valid_to > m.month))
                        order by o.kind desc, o.name, m.month
                        """,
                rs -> {
                    byUnit.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(YearMonth.from(rs.getObject(2, LocalDate.class)));
                },
                organisationId, Columns.monthArray(months), organisationId);
        Map<String, OrganisationSummary> summaries = new HashMap<>();
        jdbc.query(SUMMARY + " where o.organisation_id = any(cast(? as varchar[]))", SUMMARY_ROW,
                Columns.idArray(byUnit.keySet())).forEach(unit -> summaries.put(unit.organisationId(), unit));
        return byUnit.entrySet().stream().map(e -> new UnitMonths(summaries.get(e.getKey()), e.getValue())).toList();
    }

    /** A unit below an organisation during some months. */
    public record UnitMonths(OrganisationSummary unit, List<YearMonth> months) {
    }

    /** The units directly below in the month's tree, each with its subtree's figures of the month. */
    public List<UnitMonth> childrenWithMonth(String organisationId, YearMonth month, TreeChoice tree) {
        List<OrganisationSummary> units = tree == TreeChoice.THEN
                ? unitsBelow(organisationId, List.of(month)).stream().map(UnitMonths::unit).toList()
                : children(organisationId);
        return withFigures(units, month, tree, null);
    }

    /** The units, each with its subtree's figures of the month (read together), as counted by a day or now. */
    public List<UnitMonth> withFigures(List<OrganisationSummary> units, YearMonth month, TreeChoice tree,
                                       AsOf.Day asOf) {
        var figures = indicators.figures(units.stream()
                .map(unit -> new IndicatorView.Unit(unit.organisationId(), unit.name(), List.of(month))).toList(),
                Period.month(month), tree, asOf == null ? days.on(null) : asOf);
        return IntStream.range(0, units.size()).mapToObj(i -> new UnitMonth(units.get(i), figures.get(i))).toList();
    }

    /** A unit below an organisation with its figures for one month. */
    public record UnitMonth(OrganisationSummary unit, IndicatorFigures figures) {

        public long meetingsHeld() {
            return figures.counts().getOrDefault(Indicator.MEETINGS_HELD.name(), 0L);
        }

        public long cellsMet() {
            return figures.counts().getOrDefault(Indicator.CELLS_MET.name(), 0L);
        }

        /** The unit's cells expected to meet in the month. */
        public long cellsExpected() {
            return figures.cells();
        }

        /** Share of the unit's cells expected that met in the month, 0–100. */
        public long cellsMetPercent() {
            return cellsExpected() == 0 ? 0 : Math.round(100.0 * cellsMet() / cellsExpected());
        }
    }

    /** The subtree's meetings of the month, as counted by the end of a day (or now). */
    public MonthlyMeetings monthlyMeetings(String organisationId, YearMonth month, AsOf.Day asOf) {
        OrganisationSummary organisation = summary(organisationId);
        var figures = indicators.figures(organisationId, organisation.name(), Period.month(month), TreeChoice.THEN,
                asOf);
        return new MonthlyMeetings(organisationId, month, figures.counts().get(Indicator.MEETINGS_HELD.name()),
                figures.counts().get(Indicator.CELLS_MET.name()), figures.cells());
    }
}
