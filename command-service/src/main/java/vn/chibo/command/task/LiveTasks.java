package vn.chibo.command.task;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.task.TaskContract.TaskCancelled;
import vn.chibo.events.task.TaskContract.TaskEvaluated;
import vn.chibo.events.task.TaskContract.TaskTransferred;
import vn.chibo.events.task.TaskOutcome;

import java.util.List;

/**
 * The tasks not yet closed and the organisation holding each: what a merge hands to the survivor.
 * Unlike {@link OpenTaskDeadlines} it keeps a completed task, which still awaits the survivor's evaluation.
 */
@Component
@ProcessingGroup("organisation-directory")
class LiveTasks {

    private final JdbcTemplate jdbc;

    LiveTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> heldBy(String organisationId) {
        return jdbc.queryForList("select task_id from live_task where organisation_id = ? order by task_id",
                String.class, organisationId);
    }

    @EventHandler
    void on(TaskAssigned e) {
        jdbc.update("insert into live_task (task_id, organisation_id) values (?, ?)", e.taskId(), e.organisationId());
    }

    @EventHandler
    void on(TaskTransferred e) {
        jdbc.update("update live_task set organisation_id = ? where task_id = ?", e.toOrganisationId(), e.taskId());
    }

    @EventHandler
    void on(TaskEvaluated e) {
        if (e.outcome() != TaskOutcome.CARRIED_OVER) {
            close(e.taskId());
        }
    }

    @EventHandler
    void on(TaskCancelled e) {
        close(e.taskId());
    }

    private void close(String taskId) {
        jdbc.update("delete from live_task where task_id = ?", taskId);
    }
}
