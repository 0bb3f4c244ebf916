package vn.chibo.query.dashboard;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.events.absence.AbsenceContract.AbsenceRisk;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.events.task.TaskBoardColumn;
import vn.chibo.query.absence.AbsenceQueries;
import vn.chibo.query.indicator.IndicatorView;
import vn.chibo.query.member.MemberQueries;
import vn.chibo.query.indicator.TreeChoice;
import vn.chibo.query.organisation.OrganisationView;
import vn.chibo.query.organisation.TreeAsOf;
import vn.chibo.query.petition.PetitionQueries;
import vn.chibo.query.plan.PlanQueries;
import vn.chibo.query.projection.AsOf;
import vn.chibo.query.projection.Paging;
import vn.chibo.query.task.TaskBoard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Trang chi bộ — one cell as its secretary and the commune's officer look at it: figures of the month,
 * members, the month's meetings with their minutes, open tasks, the year's plan and the petitions.
 */
@Controller
@DashboardPage
class CellPage {

    private static final Paging ALL = new Paging(0, Paging.MAXIMUM_SIZE);
    private static final Paging NEWEST = new Paging(0, 20);

    private final OrganisationView organisations;
    private final IndicatorView indicators;
    private final MemberQueries members;
    private final AbsenceQueries absences;
    private final CellMeetings meetings;
    private final TaskBoard tasks;
    private final PlanQueries plans;
    private final PetitionQueries petitions;
    private final Clock clock;
    private final AsOf days;
    private final TreeAsOf treeAsOf;

    CellPage(OrganisationView organisations, IndicatorView indicators, MemberQueries members, AbsenceQueries absences,
             CellMeetings meetings, TaskBoard tasks, PlanQueries plans, PetitionQueries petitions, Clock clock,
             AsOf days, TreeAsOf treeAsOf) {
        this.days = days;
        this.treeAsOf = treeAsOf;
        this.organisations = organisations;
        this.indicators = indicators;
        this.members = members;
        this.absences = absences;
        this.meetings = meetings;
        this.tasks = tasks;
        this.plans = plans;
        this.petitions = petitions;
        this.clock = clock;
    }

    @PreAuthorize("@access.may('READ', #cellId)")
    @GetMapping("/cells/{cellId}")
    String cell(@PathVariable String cellId, @RequestParam(name = "month", required = false) YearMonth month,
                @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate asOf, Model model) {
        if (organisations.summary(cellId).kind() != OrganisationKind.CELL) {
            return "redirect:" + UriComponentsBuilder.fromPath("/").queryParam("org", cellId)
                    .queryParamIfPresent("month", Optional.ofNullable(month)).build().encode().toUriString();
        }
        live(cellId, month, asOf, model);
        return "dashboard/cell";
    }

    /** The live part of the page alone, which the page reloads when the server announces a change. */
    @PreAuthorize("@access.may('READ', #cellId)")
    @GetMapping("/fragments/cell")
    String live(@RequestParam("org") String cellId, @RequestParam(name = "month", required = false) YearMonth month,
                @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate asOf, Model model) {
        YearMonth shown = month != null ? month : asOf != null ? YearMonth.from(asOf) : YearMonth.now(clock);
        var day = days.on(asOf);
        var cell = organisations.summary(cellId);
        model.addAttribute("organisation", cell);
        model.addAttribute("path", asOf == null ? organisations.path(cellId) : treeAsOf.path(cellId, asOf));
        model.addAttribute("month", shown);
        model.addAttribute("asOf", asOf);
        model.addAttribute("options", asOf == null ? "" : "&asOf=" + asOf);
        model.addAttribute("meetings", organisations.monthlyMeetings(cellId, shown, day));
        model.addAttribute("rates", DashboardController.shownRates(
                indicators.figures(cellId, cell.name(), Period.month(shown), TreeChoice.THEN, day)));
        model.addAttribute("members", asOf == null ? members.members(cellId, null, false, ALL)
                : members.membersOn(asOf, cellId, null, false, ALL));
        model.addAttribute("absences", absences.risks(cellId, shown.getYear(), day, ALL).items().stream()
                .collect(Collectors.toMap(AbsenceRisk::memberId, Function.identity())));
        model.addAttribute("minutes", meetings.ofMonth(cellId, shown, day));
        model.addAttribute("taskCounts", tasks.countsOfOrganisation(cellId, day));
        model.addAttribute("openTasks", tasks.ofOrganisation(cellId, TaskBoardColumn.OPEN, day, ALL));
        model.addAttribute("plans", plans.plans(cellId, shown.getYear(), null, day, NEWEST).items());
        model.addAttribute("petitions", petitions.petitions(cellId, false, null, day, NEWEST));
        return "dashboard/cell :: live";
    }
}
