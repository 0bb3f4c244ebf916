package vn.chibo.events.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import vn.chibo.events.Ids;
import vn.chibo.events.member.TransferReason;

import java.time.LocalDate;
import java.util.List;

/**
 * Nhiệm vụ — a task of a resolution: "clear work, clear person, clear deadline" (rõ việc, rõ người,
 * rõ thời gian), followed until the meeting that evaluates it.
 */
public final class TaskContract {

    private TaskContract() {
    }

    /** A member or an organisation responsible for a task. */
    public record Assignee(
            @NotNull AssigneeKind kind,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String id) {
    }

    // --- commands ---

    /** Assigns a task of a resolution; {@code supervisorId} is the member who checks and urges it (người kiểm tra, đôn đốc). */
    public record AssignTask(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String taskId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String resolutionId,
            @NotBlank @Size(max = 2000) String content,
            @Size(max = 2000) String requirement,
            @Size(max = 2000) String measures,
            @NotNull LocalDate deadline,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull Assignee> assignees,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String supervisorId) {
    }

    public record ReportTaskProgress(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String taskId,
            @NotNull @Valid Assignee reportedBy,
            @NotBlank @Size(max = 2000) String text,
            @Min(0) @Max(100) Integer percent,
            @NotNull LocalDate reportedOn) {
    }

    public record CompleteTask(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String taskId,
            @NotNull @Valid Assignee completedBy,
            @NotBlank @Size(max = 2000) String note,
            @NotNull LocalDate completedOn) {
    }

    /**
     * The evaluating meeting's judgement: a reason is required for NOT_DONE, a new deadline for
     * CARRIED_OVER and only for it.
     */
    public record EvaluateTask(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String taskId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotNull TaskOutcome outcome,
            @Size(max = 2000) String reason,
            LocalDate newDeadline,
            @NotNull LocalDate evaluatedOn) {
    }

    public record CancelTask(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String taskId,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull LocalDate cancelledOn) {
    }

    /** Sent by the overdue check, never by a user: names the deadline it found passed. */
    public record MarkTaskOverdue(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String taskId,
            @NotNull LocalDate deadline) {
    }

    /**
     * Sent by a merge, never by a user: the task's organisation was absorbed into {@code toOrganisationId}.
     * An organisation assignee naming the absorbed organisation names the survivor from then on.
     */
    public record TransferTask(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String taskId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String toOrganisationId,
            @NotNull TransferReason reason,
            @NotNull LocalDate effectiveDate) {
    }

    // --- events ---

    /** {@code organisationId} is the cell whose resolution holds the task; {@code assignedOn} its adoption date. */
    @Revision("1")
    public record TaskAssigned(
            String taskId,
            String resolutionId,
            String organisationId,
            String content,
            String requirement,
            String measures,
            LocalDate deadline,
            List<Assignee> assignees,
            String supervisorId,
            LocalDate assignedOn) {
    }

    @Revision("1")
    public record TaskProgressReported(
            String taskId,
            Assignee reportedBy,
            String text,
            Integer percent,
            LocalDate reportedOn) {
    }

    @Revision("1")
    public record TaskCompleted(
            String taskId,
            Assignee completedBy,
            String note,
            LocalDate completedOn) {
    }

    /** {@code newDeadline} is set only when the outcome is CARRIED_OVER; the task is then open again. */
    @Revision("1")
    public record TaskEvaluated(
            String taskId,
            String meetingId,
            TaskOutcome outcome,
            String reason,
            LocalDate previousDeadline,
            LocalDate newDeadline,
            LocalDate evaluatedOn) {
    }

    @Revision("1")
    public record TaskCancelled(
            String taskId,
            String reason,
            LocalDate cancelledOn) {
    }

    /** The deadline passed with the task still open; recorded once per deadline. */
    @Revision("1")
    public record TaskBecameOverdue(
            String taskId,
            LocalDate deadline,
            LocalDate detectedOn) {
    }

    /**
     * The task is held by {@code toOrganisationId} from {@code effectiveDate}; an assignee of kind
     * ORGANISATION with the id {@code fromOrganisationId} is the survivor from then on.
     */
    @Revision("1")
    public record TaskTransferred(
            String taskId,
            String fromOrganisationId,
            String toOrganisationId,
            TransferReason reason,
            LocalDate effectiveDate) {
    }

    // --- views (query-service's answers) ---

    /** An assignee with the name of the member or organisation (null if the read model knows none). */
    public record NamedAssignee(
            AssigneeKind kind,
            String id,
            String name) {
    }

    public record Progress(
            Assignee reportedBy,
            String text,
            Integer percent,
            LocalDate reportedOn) {
    }

    /** The latest evaluation of the task by a meeting. */
    public record Evaluation(
            String meetingId,
            TaskOutcome outcome,
            String reason,
            LocalDate evaluatedOn) {
    }

    /**
     * A task on the board. {@code deadline} is the one in force ({@code originalDeadline} the first);
     * {@code carriedOver} counts the carry-overs; {@code overdue} says the deadline in force passed
     * with the task still open.
     */
    public record TaskCard(
            String taskId,
            String resolutionId,
            String resolutionTitle,
            String organisationId,
            String organisationName,
            String content,
            String requirement,
            String measures,
            LocalDate deadline,
            LocalDate originalDeadline,
            List<NamedAssignee> assignees,
            String supervisorId,
            LocalDate assignedOn,
            TaskStatus status,
            boolean overdue,
            int carriedOver,
            Progress latestProgress,
            LocalDate completedOn,
            String completionNote,
            Evaluation evaluation,
            LocalDate cancelledOn,
            String cancellationReason) {
    }

    /** How many tasks stand in each column of the board ({@link TaskBoardColumn}). */
    public record TaskCounts(
            long open,
            long overdue,
            long completed,
            long done,
            long notDone,
            long carriedOver,
            long cancelled) {
    }
}
