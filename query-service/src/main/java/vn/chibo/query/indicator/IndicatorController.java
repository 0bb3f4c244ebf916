package vn.chibo.query.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.Period;
import vn.chibo.query.organisation.OrganisationView;

import java.util.List;

@RestController
@Tag(name = "Chỉ tiêu / Indicators")
class IndicatorController {

    private final IndicatorView indicators;
    private final OrganisationView organisations;

    IndicatorController(IndicatorView indicators, OrganisationView organisations) {
        this.indicators = indicators;
        this.organisations = organisations;
    }

    @GetMapping("/api/organisations/{organisationId}/indicators")
    @Operation(summary = "Chỉ tiêu của toàn cây trong kỳ (tháng 2026-03, quý 2026-Q1, 6 tháng 2026-H1, năm 2026) / "
            + "Indicators of the subtree for a period")
    IndicatorFigures figures(@PathVariable String organisationId, @RequestParam Period period) {
        var organisation = organisations.summary(organisationId);
        return indicators.figures(organisationId, organisation.name(), organisation.cells(), period);
    }

    @GetMapping("/api/organisations/{organisationId}/children/indicators")
    @Operation(summary = "Chỉ tiêu của từng đơn vị trực thuộc trong kỳ / Indicators of each unit directly below")
    List<IndicatorFigures> children(@PathVariable String organisationId, @RequestParam Period period) {
        return organisations.children(organisationId).stream()
                .map(unit -> indicators.figures(unit.organisationId(), unit.name(), unit.cells(), period))
                .toList();
    }
}
