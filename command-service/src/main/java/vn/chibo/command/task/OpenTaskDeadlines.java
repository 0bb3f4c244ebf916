package vn.chibo.command.task;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.task.TaskContract.TaskBecameOverdue;
import vn.chibo.events.task.TaskContract.TaskCancelled;
import vn.chibo.events.task.TaskContract.TaskCompleted;
import vn.chibo.events.task.TaskContract.TaskEvaluated;
import vn.chibo.events.task.TaskOutcome;

import java.time.LocalDate;
import java.util.List;

/**
 * The open tasks and their deadlines, kept in the transaction that appends the task's events. The
 * overdue check reads it, so what it must still do is derived from stored state and survives restarts.
 */
@Component
@ProcessingGroup("organisation-directory")
class OpenTaskDeadlines {

    private final JdbcTemplate jdbc;

    OpenTaskDeadlines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Open tasks whose deadline lies before {@code today} and which are not yet marked overdue for it. */
    List<Due> passedBefore(LocalDate today) {
        return jdbc.query("""
                        select task_id, deadline from open_task
                        where deadline < ? and overdue_deadline is distinct from deadline
                        order by deadline, task_id""",
                (rs, i) -> new Due(rs.getString(1), rs.getObject(2, LocalDate.class)), today);
    }

    @EventHandler
    void on(TaskAssigned e) {
        open(e.taskId(), e.deadline());
    }

    @EventHandler
    void on(TaskCompleted e) {
        close(e.taskId());
    }

    @EventHandler
    void on(TaskEvaluated e) {
        if (e.outcome() == TaskOutcome.CARRIED_OVER) {
            open(e.taskId(), e.newDeadline());
        } else {
            close(e.taskId());
        }
    }

    @EventHandler
    void on(TaskCancelled e) {
        close(e.taskId());
    }

    @EventHandler
    void on(TaskBecameOverdue e) {
        jdbc.update("update open_task set overdue_deadline = ? where task_id = ?", e.deadline(), e.taskId());
    }

    private void open(String taskId, LocalDate deadline) {
        jdbc.update("""
                insert into open_task (task_id, deadline) values (?, ?)
                on conflict (task_id) do update set deadline = excluded.deadline, overdue_deadline = null""",
                taskId, deadline);
    }

    private void close(String taskId) {
        jdbc.update("delete from open_task where task_id = ?", taskId);
    }

    record Due(String taskId, LocalDate deadline) {
    }
}
