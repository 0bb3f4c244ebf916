package vn.chibo.command.task;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.chibo.command.command.Recorded;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.OrganisationDirectory;
import vn.chibo.command.resolution.ResolutionDirectory;
import vn.chibo.events.task.AssigneeKind;
import vn.chibo.events.task.TaskContract.AssignTask;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.CancelTask;
import vn.chibo.events.task.TaskContract.CompleteTask;
import vn.chibo.events.task.TaskContract.EvaluateTask;
import vn.chibo.events.task.TaskContract.MarkTaskOverdue;
import vn.chibo.events.task.TaskContract.ReportTaskProgress;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.task.TaskContract.TaskBecameOverdue;
import vn.chibo.events.task.TaskContract.TaskCancelled;
import vn.chibo.events.task.TaskContract.TaskCompleted;
import vn.chibo.events.task.TaskContract.TaskEvaluated;
import vn.chibo.events.task.TaskContract.TaskProgressReported;
import vn.chibo.events.task.TaskContract.TaskTransferred;
import vn.chibo.events.task.TaskContract.TransferTask;
import vn.chibo.events.task.TaskOutcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Nhiệm vụ — one task of a resolution, from its assignment to the meeting that evaluates it. Reports
 * and completion come from its assignees; evaluation, carry-over and cancellation from a meeting.
 */
@Aggregate(cache = "aggregateCache")
public class Task {

    @AggregateIdentifier
    private String taskId;
    private String resolutionId;
    private String organisationId;
    private LocalDate assignedOn;
    private LocalDate deadline;
    private List<Assignee> assignees;
    private TaskStatus status;
    private LocalDate completedOn;
    private LocalDate overdueDeadline;

    protected Task() {
        // for Axon
    }

    @CommandHandler
    public Task(AssignTask command, ResolutionDirectory resolutions, OrganisationDirectory organisations) {
        requireClear(command);
        var resolution = resolutions.find(command.resolutionId())
                .orElseThrow(() -> new RuleViolation("task.resolution-unknown", command.resolutionId()));
        if (resolution.supersededBy() != null) {
            throw new RuleViolation("task.resolution-superseded", command.resolutionId(), resolution.supersededBy());
        }
        Recorded.notBefore(command.deadline(), resolution.adoptedOn(), "task.deadline-before-adoption");
        requireDistinctKnownAssignees(command.assignees(), organisations);
        apply(new TaskAssigned(command.taskId(), command.resolutionId(), resolution.organisationId(),
                command.content().strip(), Recorded.optional(command.requirement()),
                Recorded.optional(command.measures()), command.deadline(), List.copyOf(command.assignees()),
                command.supervisorId(), resolution.adoptedOn()));
    }

    @CommandHandler
    public void handle(ReportTaskProgress command, Clock clock) {
        requireOpen();
        requireAssignee(command.reportedBy());
        requireSinceAssignment(command.reportedOn(), clock);
        apply(new TaskProgressReported(taskId, command.reportedBy(), command.text().strip(), command.percent(),
                command.reportedOn()));
    }

    @CommandHandler
    public void handle(CompleteTask command, Clock clock) {
        requireOpen();
        requireAssignee(command.completedBy());
        requireSinceAssignment(command.completedOn(), clock);
        apply(new TaskCompleted(taskId, command.completedBy(), command.note().strip(), command.completedOn()));
    }

    @CommandHandler
    public void handle(EvaluateTask command, ResolutionDirectory resolutions, Clock clock) {
        requireNotClosed();
        LocalDate on = command.evaluatedOn();
        requireSinceAssignment(on, clock);
        boolean atAdoptingMeeting = resolutions.find(resolutionId)
                .filter(r -> r.meetingId().equals(command.meetingId())).isPresent();
        if (atAdoptingMeeting) {
            throw new RuleViolation("task.evaluated-at-adopting-meeting", command.meetingId());
        }
        if (status == TaskStatus.OPEN && on.isBefore(deadline)) {
            throw new RuleViolation("task.not-yet-due", deadline);
        }
        if (status == TaskStatus.COMPLETED) {
            Recorded.notBefore(on, completedOn, "task.evaluated-before-completion");
        }
        requireConsistentOutcome(command);
        apply(new TaskEvaluated(taskId, command.meetingId(), command.outcome(), Recorded.optional(command.reason()),
                deadline, command.newDeadline(), on));
    }

    @CommandHandler
    public void handle(CancelTask command, Clock clock) {
        requireNotClosed();
        requireSinceAssignment(command.cancelledOn(), clock);
        apply(new TaskCancelled(taskId, command.reason().strip(), command.cancelledOn()));
    }

    /** Sent by the overdue check: accepted once per deadline, and only while the task is still open. */
    @CommandHandler
    public void handle(MarkTaskOverdue command, Clock clock) {
        requireOpen();
        if (!command.deadline().equals(deadline)) {
            throw new RuleViolation("task.deadline-moved", command.deadline(), deadline);
        }
        if (deadline.equals(overdueDeadline)) {
            throw new RuleViolation("task.already-overdue", deadline);
        }
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(deadline)) {
            throw new RuleViolation("task.not-yet-overdue", deadline);
        }
        apply(new TaskBecameOverdue(taskId, deadline, today));
    }

    /**
     * Sent when the task's organisation is absorbed by a merge: a task not yet closed (open, or
     * completed and awaiting evaluation) goes to the survivor, whose meetings evaluate it.
     */
    @CommandHandler
    public void handle(TransferTask command, OrganisationDirectory organisations, Clock clock) {
        requireNotClosed();
        if (command.toOrganisationId().equals(organisationId)) {
            throw new RuleViolation("task.already-held", organisationId);
        }
        if (!organisations.isActive(command.toOrganisationId())) {
            throw new RuleViolation("task.organisation-not-active", command.toOrganisationId());
        }
        Recorded.notInFuture(command.effectiveDate(), clock, "task.date-in-future");
        apply(new TaskTransferred(taskId, organisationId, command.toOrganisationId(), command.reason(),
                command.effectiveDate()));
    }

    /** Rõ việc, rõ người, rõ thời gian: checked here too, for commands that come from elsewhere than REST. */
    private static void requireClear(AssignTask command) {
        if (command.content() == null || command.content().isBlank()) {
            throw new RuleViolation("task.work-unclear");
        }
        if (command.assignees() == null || command.assignees().isEmpty()) {
            throw new RuleViolation("task.person-unclear");
        }
        if (command.deadline() == null) {
            throw new RuleViolation("task.deadline-unclear");
        }
    }

    private static void requireDistinctKnownAssignees(List<Assignee> assignees, OrganisationDirectory organisations) {
        var seen = new HashSet<Assignee>();
        for (Assignee assignee : assignees) {
            if (!seen.add(assignee)) {
                throw new RuleViolation("task.duplicate-assignee", assignee.id());
            }
            if (assignee.kind() == AssigneeKind.ORGANISATION && organisations.find(assignee.id()).isEmpty()) {
                throw new RuleViolation("task.assignee-organisation-unknown", assignee.id());
            }
        }
    }

    private void requireConsistentOutcome(EvaluateTask command) {
        boolean carriedOver = command.outcome() == TaskOutcome.CARRIED_OVER;
        if (command.outcome() == TaskOutcome.NOT_DONE && Recorded.optional(command.reason()) == null) {
            throw new RuleViolation("task.reason-required");
        }
        if (!carriedOver) {
            if (command.newDeadline() != null) {
                throw new RuleViolation("task.new-deadline-only-when-carried-over");
            }
            return;
        }
        if (command.newDeadline() == null) {
            throw new RuleViolation("task.new-deadline-required");
        }
        if (!command.newDeadline().isAfter(deadline)) {
            throw new RuleViolation("task.new-deadline-not-later", command.newDeadline(), deadline);
        }
        Recorded.notBefore(command.newDeadline(), command.evaluatedOn(), "task.new-deadline-already-passed");
    }

    private void requireAssignee(Assignee who) {
        if (!assignees.contains(who)) {
            throw new RuleViolation("task.not-an-assignee", who.id());
        }
    }

    private void requireSinceAssignment(LocalDate date, Clock clock) {
        Recorded.notBefore(date, assignedOn, "task.before-assignment");
        Recorded.notInFuture(date, clock, "task.date-in-future");
    }

    private void requireOpen() {
        if (status == TaskStatus.COMPLETED) {
            throw new RuleViolation("task.awaiting-evaluation", completedOn);
        }
        requireNotClosed();
    }

    private void requireNotClosed() {
        switch (status) {
            case CANCELLED -> throw new RuleViolation("task.cancelled");
            case DONE -> throw new RuleViolation("task.evaluated-done");
            case NOT_DONE -> throw new RuleViolation("task.evaluated-not-done");
            default -> {
                // open or waiting for evaluation: still in play
            }
        }
    }

    @EventSourcingHandler
    void on(TaskAssigned event) {
        taskId = event.taskId();
        resolutionId = event.resolutionId();
        organisationId = event.organisationId();
        assignedOn = event.assignedOn();
        deadline = event.deadline();
        assignees = event.assignees();
        status = TaskStatus.OPEN;
    }

    @EventSourcingHandler
    void on(TaskCompleted event) {
        status = TaskStatus.COMPLETED;
        completedOn = event.completedOn();
    }

    @EventSourcingHandler
    void on(TaskEvaluated event) {
        switch (event.outcome()) {
            case DONE -> status = TaskStatus.DONE;
            case NOT_DONE -> status = TaskStatus.NOT_DONE;
            case CARRIED_OVER -> {
                status = TaskStatus.OPEN;
                deadline = event.newDeadline();
                completedOn = null;
            }
        }
    }

    @EventSourcingHandler
    void on(TaskCancelled event) {
        status = TaskStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(TaskBecameOverdue event) {
        overdueDeadline = event.deadline();
    }

    /** An assignee naming the absorbed organisation names the survivor (once, if the survivor was one already). */
    @EventSourcingHandler
    void on(TaskTransferred event) {
        organisationId = event.toOrganisationId();
        var from = new Assignee(AssigneeKind.ORGANISATION, event.fromOrganisationId());
        var to = new Assignee(AssigneeKind.ORGANISATION, event.toOrganisationId());
        var repointed = new LinkedHashSet<Assignee>();
        assignees.forEach(a -> repointed.add(a.equals(from) ? to : a));
        assignees = List.copyOf(repointed);
    }
}
