package vn.chibo.command.plan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.chibo.command.command.Recorded;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.OrganisationDirectory;
import vn.chibo.events.plan.PlanContract.ApprovePlan;
import vn.chibo.events.plan.PlanContract.PlanApproved;
import vn.chibo.events.plan.PlanContract.PlanReturned;
import vn.chibo.events.plan.PlanContract.PlanSubmitted;
import vn.chibo.events.plan.PlanContract.PlanSuperseded;
import vn.chibo.events.plan.PlanContract.PlanTransferred;
import vn.chibo.events.plan.PlanContract.PlannedTheme;
import vn.chibo.events.plan.PlanContract.ResubmitPlan;
import vn.chibo.events.plan.PlanContract.ReturnPlan;
import vn.chibo.events.plan.PlanContract.SubmitPlan;
import vn.chibo.events.plan.PlanContract.TransferPlan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Kế hoạch sinh hoạt chuyên đề — a cell's annual plan of quarterly themes, registered with its
 * superior committee. Every submission waits for the committee's decision; an approved plan changes
 * only through a new submission, and until that is approved the approved one stays in force.
 */
@Aggregate(cache = "aggregateCache")
public class Plan {

    @AggregateIdentifier
    private String planId;
    private String cellId;
    private int year;
    private int submission;
    private PlanStatus status;
    private LocalDate lastStepOn;
    private String supersededBy;

    protected Plan() {
        // for Axon
    }

    @CommandHandler
    public Plan(SubmitPlan command, OrganisationDirectory organisations, PlanDirectory plans, Clock clock) {
        var cell = requireCell(command.cellId(), organisations);
        plans.planFor(command.cellId(), command.year()).ifPresent(other -> {
            throw new RuleViolation("plan.year-already-planned", String.valueOf(command.year()), other);
        });
        Recorded.notInFuture(command.submittedOn(), clock, "plan.date-in-future");
        requireThemes(command.planId(), command.themes(), plans);
        apply(new PlanSubmitted(command.planId(), command.cellId(), cell.parentId(), command.year(), 1,
                stripped(command.themes()), command.submittedOn()));
    }

    @CommandHandler
    public void handle(ResubmitPlan command, OrganisationDirectory organisations, PlanDirectory plans, Clock clock) {
        requireNotSuperseded();
        if (status == PlanStatus.SUBMITTED) {
            throw new RuleViolation("plan.awaiting-decision", submission);
        }
        var cell = requireCell(cellId, organisations);
        requireAfterLastStep(command.submittedOn(), clock);
        requireThemes(planId, command.themes(), plans);
        apply(new PlanSubmitted(planId, cellId, cell.parentId(), year, submission + 1, stripped(command.themes()),
                command.submittedOn()));
    }

    @CommandHandler
    public void handle(ApprovePlan command, Clock clock) {
        requireDecidable(command.decidedBy(), command.decidedOn(), clock);
        apply(new PlanApproved(planId, submission, command.decidedBy(), Recorded.optional(command.comment()),
                command.decidedOn()));
    }

    @CommandHandler
    public void handle(ReturnPlan command, Clock clock) {
        requireDecidable(command.decidedBy(), command.decidedOn(), clock);
        apply(new PlanReturned(planId, submission, command.decidedBy(), command.comment().strip(),
                command.decidedOn()));
    }

    /**
     * Sent when the plan's cell is absorbed by a merge. One plan a cell a year: the plan moves to the
     * survivor unless the survivor has its own plan for that year, which then stands and supersedes this one.
     * The plan moves as it stands (submitted, returned or approved); its superior is the survivor's from then on.
     */
    @CommandHandler
    public void handle(TransferPlan command, OrganisationDirectory organisations, PlanDirectory plans, Clock clock) {
        requireNotSuperseded();
        if (command.toCellId().equals(cellId)) {
            throw new RuleViolation("plan.already-held", cellId);
        }
        if (!organisations.isActive(command.toCellId())) {
            throw new RuleViolation("plan.cell-not-active", command.toCellId());
        }
        requireCell(command.toCellId(), organisations);
        Recorded.notInFuture(command.effectiveDate(), clock, "plan.date-in-future");
        var survivorPlan = plans.planFor(command.toCellId(), year);
        if (survivorPlan.isPresent()) {
            apply(new PlanSuperseded(planId, cellId, command.toCellId(), survivorPlan.get(),
                    command.effectiveDate()));
        } else {
            apply(new PlanTransferred(planId, cellId, command.toCellId(), command.effectiveDate()));
        }
    }

    private void requireNotSuperseded() {
        if (supersededBy != null) {
            throw new RuleViolation("plan.superseded-by-merge", supersededBy);
        }
    }

    private static OrganisationDirectory.Entry requireCell(String cellId, OrganisationDirectory organisations) {
        var cell = organisations.find(cellId).orElseThrow(() -> new RuleViolation("plan.cell-unknown", cellId));
        if (!cell.isCell()) {
            throw new RuleViolation("plan.not-a-cell", cell.name());
        }
        return cell;
    }

    /** At least one theme a quarter; theme ids unique, and not used by another plan. */
    private static void requireThemes(String planId, List<PlannedTheme> themes, PlanDirectory plans) {
        var ids = new HashSet<String>();
        for (PlannedTheme theme : themes) {
            if (!ids.add(theme.themeId())) {
                throw new RuleViolation("plan.duplicate-theme-id", theme.themeId());
            }
            plans.planUsingTheme(theme.themeId()).filter(other -> !other.equals(planId)).ifPresent(other -> {
                throw new RuleViolation("plan.theme-id-taken", theme.themeId(), other);
            });
        }
        var missing = IntStream.rangeClosed(1, 4).boxed().collect(Collectors.toCollection(TreeSet::new));
        themes.forEach(theme -> missing.remove(theme.quarter()));
        if (!missing.isEmpty()) {
            throw new RuleViolation("plan.quarter-without-theme",
                    missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    private void requireDecidable(String decidedBy, LocalDate decidedOn, Clock clock) {
        requireNotSuperseded();
        if (status != PlanStatus.SUBMITTED) {
            throw new RuleViolation("plan.not-awaiting-decision", submission);
        }
        if (decidedBy.equals(cellId)) {
            throw new RuleViolation("plan.decided-by-own-cell");
        }
        requireAfterLastStep(decidedOn, clock);
    }

    private void requireAfterLastStep(LocalDate date, Clock clock) {
        Recorded.notBefore(date, lastStepOn, "plan.before-previous-step");
        Recorded.notInFuture(date, clock, "plan.date-in-future");
    }

    private static List<PlannedTheme> stripped(List<PlannedTheme> themes) {
        return themes.stream()
                .map(t -> new PlannedTheme(t.themeId(), t.quarter(), t.title().strip(), t.leadReporterId()))
                .toList();
    }

    @EventSourcingHandler
    void on(PlanSubmitted event) {
        planId = event.planId();
        cellId = event.cellId();
        year = event.year();
        submission = event.submission();
        status = PlanStatus.SUBMITTED;
        lastStepOn = event.submittedOn();
    }

    @EventSourcingHandler
    void on(PlanApproved event) {
        status = PlanStatus.APPROVED;
        lastStepOn = event.decidedOn();
    }

    @EventSourcingHandler
    void on(PlanReturned event) {
        status = PlanStatus.RETURNED;
        lastStepOn = event.decidedOn();
    }

    @EventSourcingHandler
    void on(PlanTransferred event) {
        cellId = event.toCellId();
    }

    @EventSourcingHandler
    void on(PlanSuperseded event) {
        supersededBy = event.survivorPlanId();
    }
}
