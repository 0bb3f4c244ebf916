package vn.chibo.query.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.RateFigure;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.query.indicator.IndicatorView;
import vn.chibo.query.organisation.OrganisationView;

import java.time.Clock;
import java.util.Locale;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The officer's view of one organisation: its subtree's figures and the units directly below it. A cell
 * has a page of its own ({@link CellPage}), to which its address leads.
 */
@Controller
@DashboardPage
class DashboardController {

    private static final List<String> SHOWN_RATES = List.of("ATTENDANCE", "MINIMUM_LENGTH", "NOTICE_ON_TIME", "TASKS_DONE");

    private final OrganisationView organisations;
    private final IndicatorView indicators;
    private final TrendChart trend;
    private final Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));

    DashboardController(OrganisationView organisations, IndicatorView indicators, TrendChart trend) {
        this.organisations = organisations;
        this.indicators = indicators;
        this.trend = trend;
    }

    @GetMapping("/")
    String organisation(@RequestParam(name = "org", required = false) String organisationId,
                        @RequestParam(name = "month", required = false) YearMonth month, Model model, Locale locale) {
        var roots = organisations.roots();
        if (organisationId == null && roots.isEmpty()) {
            return "dashboard/empty";
        }
        String id = organisationId != null ? organisationId : roots.get(0).organisationId();
        if (organisations.summary(id).kind() == OrganisationKind.CELL) {
            return "redirect:" + UriComponentsBuilder.fromPath("/cells/{id}")
                    .queryParamIfPresent("month", Optional.ofNullable(month)).buildAndExpand(id).encode().toUriString();
        }
        model.addAttribute("path", organisations.path(id));
        figures(id, month, model, locale);
        return "dashboard/organisation";
    }

    /** The figures part of the page alone, which the page reloads when the server announces a change. */
    @GetMapping("/fragments/figures")
    String figures(@RequestParam("org") String organisationId,
                   @RequestParam(name = "month", required = false) YearMonth month, Model model, Locale locale) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        model.addAttribute("organisation", organisations.summary(organisationId));
        model.addAttribute("month", shown);
        model.addAttribute("meetings", organisations.monthlyMeetings(organisationId, shown));
        model.addAttribute("children", organisations.childrenWithMonth(organisationId, shown));
        var organisation = organisations.summary(organisationId);
        var figures = indicators.figures(organisationId, organisation.name(), organisation.cells(), Period.month(shown));
        model.addAttribute("rates", shownRates(figures));
        model.addAttribute("counts", figures.counts());
        model.addAttribute("trendJson", trend.json(
                indicators.trend(organisationId, organisation.name(), organisation.cells(), shown, 12), locale));
        model.addAttribute("lagging", LaggingUnits.of(organisations.children(organisationId).stream()
                .map(unit -> indicators.figures(unit.organisationId(), unit.name(), unit.cells(), Period.month(shown)))
                .toList()));
        return "dashboard/organisation :: figures";
    }

    /** The rates the pages show as cards, against their targets. */
    static List<RateFigure> shownRates(IndicatorFigures figures) {
        return figures.rates().stream().filter(r -> SHOWN_RATES.contains(r.rate())).toList();
    }
}
