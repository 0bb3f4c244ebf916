package vn.chibo.query.indicator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.indicator.IndicatorContract.CellYearQuality;
import vn.chibo.events.indicator.IndicatorContract.YearQuality;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.query.policy.PolicyBook;
import vn.chibo.query.projection.AsOf;
import vn.chibo.query.projection.Columns;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The year's meeting-quality classification of every cell that stood below an organisation during the
 * year ({@link YearClassification}), each by the policy in force for it on the year's last day, and
 * the number of cells at each level. Three queries, whatever the number of cells.
 */
@Component
public class YearQualityView {

    private final JdbcTemplate jdbc;
    private final IndicatorView indicators;
    private final PolicyBook policies;

    YearQualityView(JdbcTemplate jdbc, IndicatorView indicators, PolicyBook policies) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.policies = policies;
    }

    /** The year's classification from the months' counts as recorded by a day (or now). */
    public YearQuality of(String organisationId, String name, Year year, AsOf.Day asOf) {
        List<YearMonth> months = IntStream.rangeClosed(1, 12).mapToObj(year::atMonth).toList();
        Map<String, Stood> cells = cellsStood(organisationId, months);
        var monthly = IndicatorView.Monthly.read(indicators, cells.keySet(), months, TreeChoice.THEN, asOf);
        var inForce = policies.inForce(cells.keySet(), year.atMonth(12).atEndOfMonth());
        Map<QualityLevel, Long> byLevel = new EnumMap<>(QualityLevel.class);
        List.of(QualityLevel.values()).forEach(level -> byLevel.put(level, 0L));
        List<CellYearQuality> classified = new ArrayList<>();
        cells.forEach((cellId, stood) -> {
            var policy = inForce.get(cellId);
            var cell = classify(cellId, stood, monthly, policy);
            byLevel.merge(QualityLevel.valueOf(cell.level()), 1L, Long::sum);
            classified.add(cell);
        });
        Map<String, Long> named = new LinkedHashMap<>();
        byLevel.forEach((level, count) -> named.put(level.name(), count));
        return new YearQuality(organisationId, name, year.getValue(), named, classified);
    }

    private static CellYearQuality classify(String cellId, Stood stood, IndicatorView.Monthly monthly,
                                            PolicyBook.InForce policy) {
        Map<QualityLevel, Integer> months = new EnumMap<>(QualityLevel.class);
        List<QualityLevel> rated = new ArrayList<>();
        for (YearMonth month : stood.months()) {
            QualityLevel level = YearClassification.monthLevel(monthly.sums(cellId, List.of(month)));
            if (level != null) {
                rated.add(level);
                months.merge(level, 1, Integer::sum);
            }
        }
        QualityLevel year = YearClassification.classify(policy.thresholds().yearQualityRules(), stood.months().size(), rated);
        return new CellYearQuality(cellId, stood.name(), stood.parentName(), stood.months().size(),
                months.getOrDefault(QualityLevel.GOOD, 0), months.getOrDefault(QualityLevel.FAIR, 0),
                months.getOrDefault(QualityLevel.AVERAGE, 0), months.getOrDefault(QualityLevel.POOR, 0),
                stood.months().size() - rated.size(), year.name(), policy.version());
    }

    /** The cells below the organisation in some month of the year, with the months each stood (anywhere). */
    private Map<String, Stood> cellsStood(String organisationId, List<YearMonth> months) {
        Map<String, Stood> cells = new LinkedHashMap<>();
        jdbc.query("""
                select e.cell_id, o.name, p.name, m.month
                from cell_expected e join organisation o on o.organisation_id = e.cell_id
                left join organisation p on p.organisation_id = o.parent_id
                cross join unnest(cast(? as date[])) m(month)
                where e.ancestor_id = e.cell_id and e.from_month <= m.month and (e.to_month is null or e.to_month >= m.month)
                  and e.cell_id in (select cell_id from cell_expected where ancestor_id = ? and from_month <= ?
                                    and (to_month is null or to_month >= ?))
                order by p.name, o.name, e.cell_id, m.month
                """, rs -> {
            String name = rs.getString(2);
            String parentName = rs.getString(3);
            cells.computeIfAbsent(rs.getString(1), id -> new Stood(name, parentName, new ArrayList<>()))
                    .months().add(YearMonth.from(rs.getObject(4, LocalDate.class)));
        }, Columns.monthArray(months), organisationId, months.get(11).atDay(1), months.get(0).atDay(1));
        return cells;
    }

    private record Stood(String name, String parentName, List<YearMonth> months) {
    }
}
