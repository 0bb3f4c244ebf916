package vn.chibo.query.indicator;

import java.time.LocalDate;
import vn.chibo.query.projection.AsOf;
import org.springframework.format.annotation.DateTimeFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.YearQuality;
import vn.chibo.events.indicator.Period;
import vn.chibo.query.organisation.OrganisationView;

import java.time.Year;
import java.util.List;

@RestController
@Tag(name = "Chỉ tiêu / Indicators")
class IndicatorController {

    private static final String TREE = "Cơ cấu để tổng hợp: then (mặc định, cơ cấu của từng tháng) hoặc current "
            + "(cơ cấu hiện nay) / Tree to group by: then (default, each month's tree) or current (today's tree)";

    private final IndicatorView indicators;
    private final YearQualityView yearQuality;
    private final OrganisationView organisations;
    private final AsOf days;

    IndicatorController(IndicatorView indicators, YearQualityView yearQuality, OrganisationView organisations, AsOf days) {
        this.days = days;
        this.indicators = indicators;
        this.yearQuality = yearQuality;
        this.organisations = organisations;
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/api/organisations/{organisationId}/quality-classification")
    @Operation(summary = "Xếp loại chất lượng sinh hoạt của từng chi bộ trong năm, theo quy định đang áp dụng / "
            + "Each cell's meeting quality classified for the year, by the policy in force")
    YearQuality classification(@PathVariable String organisationId, @RequestParam @Min(2000) @Max(2100) int year,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        var organisation = organisations.summary(organisationId);
        return yearQuality.of(organisationId, organisation.name(), Year.of(year), days.on(asOf));
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/api/organisations/{organisationId}/indicators")
    @Operation(summary = "Chỉ tiêu của toàn cây trong kỳ (tháng 2026-03, quý 2026-Q1, 6 tháng 2026-H1, năm 2026) / "
            + "Indicators of the subtree for a period")
    IndicatorFigures figures(@PathVariable String organisationId, @RequestParam Period period,
                             @Parameter(description = TREE) @RequestParam(defaultValue = "then") TreeChoice tree,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        var organisation = organisations.summary(organisationId);
        return indicators.figures(organisationId, organisation.name(), period, tree, days.on(asOf));
    }

    /**
     * On each month's tree, the units that stood directly below during the period, each with the figures
     * of the months it stood there (so the units add up to the committee); on today's tree, today's units.
     */
    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/api/organisations/{organisationId}/children/indicators")
    @Operation(summary = "Chỉ tiêu của từng đơn vị trực thuộc trong kỳ / Indicators of each unit directly below")
    List<IndicatorFigures> children(@PathVariable String organisationId, @RequestParam Period period,
                                    @Parameter(description = TREE) @RequestParam(defaultValue = "then") TreeChoice tree,
            @Parameter(description = AsOf.PARAMETER) @RequestParam(name = "asOf", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        var units = tree == TreeChoice.CURRENT
                ? organisations.children(organisationId).stream()
                        .map(unit -> new IndicatorView.Unit(unit.organisationId(), unit.name(), IndicatorView.months(period)))
                        .toList()
                : organisations.unitsBelow(organisationId, IndicatorView.months(period)).stream()
                        .map(unit -> new IndicatorView.Unit(unit.unit().organisationId(), unit.unit().name(), unit.months()))
                        .toList();
        return indicators.figures(units, period, tree, days.on(asOf));
    }
}
