package vn.chibo.query.dashboard;

import io.swagger.v3.oas.annotations.Parameter;
import vn.chibo.query.projection.AsOf;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.RateFigure;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.meeting.MeetingContract.MonthlyMeetings;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.query.indicator.Indicator;
import vn.chibo.query.indicator.IndicatorView;
import vn.chibo.query.indicator.TreeChoice;
import vn.chibo.query.organisation.OrganisationView.UnitMonth;
import vn.chibo.query.organisation.OrganisationView;
import vn.chibo.query.organisation.TreeAsOf;
import vn.chibo.service.security.AccessPolicy;
import vn.chibo.service.security.Grant;
import vn.chibo.service.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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
    private final TreeAsOf treeAsOf;
    private final AccessPolicy access;
    private final Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final AsOf days;

    DashboardController(OrganisationView organisations, IndicatorView indicators, TrendChart trend, TreeAsOf treeAsOf,
                        AccessPolicy access, AsOf days) {
        this.days = days;
        this.organisations = organisations;
        this.access = access;
        this.treeAsOf = treeAsOf;
        this.indicators = indicators;
        this.trend = trend;
    }

    @PreAuthorize("#organisationId == null or @access.may('READ', #organisationId)")
    @GetMapping("/")
    String organisation(@RequestParam(name = "org", required = false) String organisationId,
                        @RequestParam(name = "month", required = false) YearMonth month,
                        @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                        LocalDate asOf,
                        @RequestParam(name = "tree", required = false) TreeChoice tree, Model model, Locale locale) {
        String id = organisationId != null ? organisationId : ownScope();
        if (id == null) {
            return "dashboard/empty";
        }
        if (organisations.summary(id).kind() == OrganisationKind.CELL) {
            return "redirect:" + UriComponentsBuilder.fromPath("/cells/{id}")
                    .queryParamIfPresent("month", Optional.ofNullable(month)).buildAndExpand(id).encode().toUriString();
        }
        model.addAttribute("path", asOf == null ? organisations.path(id) : treeAsOf.path(id, asOf));
        figures(id, month, asOf, tree, model, locale);
        return "dashboard/organisation";
    }

    /**
     * Where the dashboard opens: the organisation of the reader's first grant (the first root for a
     * whole-tree grant); null while the tree is empty.
     */
    private String ownScope() {
        List<String> scope = access.scopeOf(Permission.READ);
        if (scope.isEmpty()) {
            throw new AccessDeniedException("no READ grant");
        }
        if (!scope.contains(Grant.WHOLE_TREE)) {
            return scope.get(0);
        }
        var roots = organisations.roots();
        return roots.isEmpty() ? null : roots.get(0).organisationId();
    }

    /**
     * The figures part of the page alone, which the page reloads when the server announces a change.
     * With {@code asOf}, the organisation and the units below are those of the tree on that day (and the
     * month, unless given, that day's); with {@code tree=current}, the month's figures are regrouped on
     * today's tree.
     */
    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping("/fragments/figures")
    String figures(@RequestParam("org") String organisationId,
                   @RequestParam(name = "month", required = false) YearMonth month,
                   @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                   LocalDate asOf,
                   @RequestParam(name = "tree", required = false) TreeChoice tree, Model model, Locale locale) {
        YearMonth shown = month != null ? month : asOf != null ? YearMonth.from(asOf) : YearMonth.now(clock);
        TreeChoice grouping = tree == null || asOf != null ? TreeChoice.THEN : tree;
        var organisation = asOf == null ? organisations.summary(organisationId) : treeAsOf.summary(organisationId, asOf);
        var figures = indicators.figures(organisationId, organisation.name(), Period.month(shown), grouping,
                days.on(asOf));
        List<UnitMonth> children = unitsBelow(organisationId, shown, asOf, grouping);
        model.addAttribute("organisation", organisation);
        model.addAttribute("month", shown);
        model.addAttribute("asOf", asOf);
        model.addAttribute("tree", grouping == TreeChoice.CURRENT ? grouping : null);
        model.addAttribute("options", options(asOf, grouping));
        model.addAttribute("meetings", meetings(figures, shown));
        model.addAttribute("children", children);
        model.addAttribute("rates", shownRates(figures));
        model.addAttribute("counts", figures.counts());
        model.addAttribute("trendJson", trend.json(
                indicators.trend(organisationId, organisation.name(), shown, 12, grouping), locale));
        model.addAttribute("lagging", LaggingUnits.of(children.stream().map(UnitMonth::figures).toList()));
        return "dashboard/organisation :: figures";
    }

    /** The units below in the month's tree, today's (tree=current) or the day's (asOf), with their month. */
    private List<UnitMonth> unitsBelow(String organisationId, YearMonth month, LocalDate asOf, TreeChoice grouping) {
        return asOf == null ? organisations.childrenWithMonth(organisationId, month, grouping)
                : organisations.withFigures(treeAsOf.children(organisationId, asOf), month, TreeChoice.THEN, days.on(asOf));
    }

    private static MonthlyMeetings meetings(IndicatorFigures figures, YearMonth month) {
        return new MonthlyMeetings(figures.organisationId(), month,
                figures.counts().getOrDefault(Indicator.MEETINGS_HELD.name(), 0L),
                figures.counts().getOrDefault(Indicator.CELLS_MET.name(), 0L), figures.cells());
    }

    /** The page's options, appended to its links so that moving around keeps them. */
    static String options(LocalDate asOf, TreeChoice tree) {
        return (asOf == null ? "" : "&asOf=" + asOf) + (tree == TreeChoice.CURRENT ? "&tree=current" : "");
    }

    /** The rates the pages show as cards, against their targets. */
    static List<RateFigure> shownRates(IndicatorFigures figures) {
        return figures.rates().stream().filter(r -> SHOWN_RATES.contains(r.rate())).toList();
    }
}
