package vn.chibo.query.task;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.ReadModelJdbc;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.task.TaskContract.TaskBecameOverdue;
import vn.chibo.events.task.TaskContract.TaskCancelled;
import vn.chibo.events.task.TaskContract.TaskCompleted;
import vn.chibo.events.task.TaskContract.TaskTransferred;
import vn.chibo.events.task.TaskContract.TaskEvaluated;
import vn.chibo.events.task.TaskContract.TaskProgressReported;
import vn.chibo.events.task.TaskOutcome;
import vn.chibo.query.projection.Admission;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.WaitingRoom;

import java.util.List;
import java.util.Optional;

/**
 * The task board: each task as it stands. The status follows the events one to one (a carried-over
 * task is open again, with its new deadline); {@code overdue} is set by the overdue event for the
 * deadline in force and cleared by whatever moves the task on.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class TaskProjection {

    private static final String AGGREGATE = "task";

    private final ReadModelJdbc jdbc;
    private final Admission admission;

    TaskProjection(ReadModelJdbc jdbc, WaitingRoom waitingRoom, Admission admission) {
        this.jdbc = jdbc;
        this.admission = admission;
        waitingRoom.onRelease(TaskAssigned.class, this::on);
        waitingRoom.onRelease(TaskProgressReported.class, this::on);
        waitingRoom.onRelease(TaskCompleted.class, this::on);
        waitingRoom.onRelease(TaskTransferred.class, this::on);
        waitingRoom.onRelease(TaskEvaluated.class, this::on);
        waitingRoom.onRelease(TaskCancelled.class, this::on);
        waitingRoom.onRelease(TaskBecameOverdue.class, this::on);
    }

    @EventHandler
    void on(TaskAssigned e) {
        if (!admission.of(e.organisationId(), e)) {
            return;
        }
        jdbc.defer("""
                insert into task (task_id, resolution_id, organisation_id, content, requirement, measures, deadline,
                                  original_deadline, supervisor_id, assigned_on, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
                """, e.taskId(), e.resolutionId(), e.organisationId(), e.content(), e.requirement(), e.measures(),
                e.deadline(), e.deadline(), e.supervisorId(), e.assignedOn());
        List<Assignee> assignees = e.assignees();
        for (int i = 0; i < assignees.size(); i++) {
            jdbc.defer("insert into task_assignee (task_id, position, kind, assignee_id) values (?, ?, ?, ?)",
                    e.taskId(), i, assignees.get(i).kind().name(), assignees.get(i).id());
        }
        admission.firstApplied(AGGREGATE, e.taskId());
    }

    @EventHandler
    void on(TaskProgressReported e) {
        if (admitted(e.taskId(), e)) {
            jdbc.defer("""
                    update task set progress_by_kind = ?, progress_by_id = ?, progress_text = ?, progress_percent = ?,
                           progress_on = ?
                    where task_id = ?
                    """, e.reportedBy().kind().name(), e.reportedBy().id(), e.text(), e.percent(), e.reportedOn(),
                    e.taskId());
        }
    }

    @EventHandler
    void on(TaskCompleted e) {
        if (admitted(e.taskId(), e)) {
            jdbc.defer("""
                    update task set status = 'COMPLETED', overdue = false, completed_on = ?, completion_note = ?
                    where task_id = ?
                    """, e.completedOn(), e.note(), e.taskId());
        }
    }

    @EventHandler
    void on(TaskEvaluated e) {
        if (!admitted(e.taskId(), e)) {
            return;
        }
        boolean carriedOver = e.outcome() == TaskOutcome.CARRIED_OVER;
        jdbc.defer("""
                update task set status = ?, overdue = false, deadline = coalesce(?, deadline),
                       carried_over = carried_over + ?, evaluated_at_meeting = ?, outcome = ?, outcome_reason = ?,
                       evaluated_on = ?
                where task_id = ?
                """, carriedOver ? "OPEN" : e.outcome().name(), e.newDeadline(), carriedOver ? 1 : 0, e.meetingId(),
                e.outcome().name(), e.reason(), e.evaluatedOn(), e.taskId());
    }

    @EventHandler
    void on(TaskCancelled e) {
        if (admitted(e.taskId(), e)) {
            jdbc.defer("""
                    update task set status = 'CANCELLED', overdue = false, cancelled_on = ?, cancellation_reason = ?
                    where task_id = ?
                    """, e.cancelledOn(), e.reason(), e.taskId());
        }
    }

    /** A merge hands the task to the survivor, which also takes the absorbed organisation's place as assignee. */
    @EventHandler
    void on(TaskTransferred e) {
        if (admitted(e.taskId(), e)) {
            jdbc.defer("update task set organisation_id = ? where task_id = ?", e.toOrganisationId(), e.taskId());
            jdbc.defer("""
                    update task_assignee set assignee_id = ?
                    where task_id = ? and kind = 'ORGANISATION' and assignee_id = ?
                      and not exists (select 1 from task_assignee s where s.task_id = ? and s.kind = 'ORGANISATION'
                                                                     and s.assignee_id = ?)
                    """, e.toOrganisationId(), e.taskId(), e.fromOrganisationId(), e.taskId(), e.toOrganisationId());
            jdbc.defer("delete from task_assignee where task_id = ? and kind = 'ORGANISATION' and assignee_id = ?",
                    e.taskId(), e.fromOrganisationId());
        }
    }

    @EventHandler
    void on(TaskBecameOverdue e) {
        if (admitted(e.taskId(), e)) {
            jdbc.defer("update task set overdue = true where task_id = ? and deadline = ? and status = 'OPEN'",
                    e.taskId(), e.deadline());
        }
    }

    private boolean admitted(String taskId, Object event) {
        return admission.following(AGGREGATE, taskId, () -> organisationOf(taskId), event);
    }

    private Optional<String> organisationOf(String taskId) {
        return jdbc.query(
                "select organisation_id from task where task_id = ?",
                (rs, i) -> rs.getString(1), taskId)
                .stream().findFirst();
    }
}
