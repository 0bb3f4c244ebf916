package vn.chibo.command.task;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.chibo.command.command.AlreadyProcessed;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.events.EventMetadata;
import vn.chibo.events.task.TaskContract.MarkTaskOverdue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Records tasks whose deadline passed while they were open. Runs at start-up and then every
 * {@code chibo.tasks.overdue-check-interval}; each mark is a command with an id derived from the task
 * and the deadline, so a run repeated, overlapping or interrupted by a restart records each once.
 */
@Component
public class OverdueCheck {

    /** Who the events of this check name as their actor. */
    static final String ACTOR = "system";

    private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

    private final OpenTaskDeadlines openTasks;
    private final CommandGateway gateway;
    private final Clock clock;

    OverdueCheck(OpenTaskDeadlines openTasks, CommandGateway gateway, Clock clock) {
        this.openTasks = openTasks;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** Returns how many tasks this run marked overdue. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${chibo.tasks.overdue-check-interval:1h}")
    public int markOverdueTasks() {
        int marked = 0;
        for (var due : openTasks.passedBefore(LocalDate.now(clock))) {
            if (mark(due)) {
                marked++;
            }
        }
        if (marked > 0) {
            log.info("Marked {} task(s) overdue", marked);
        }
        return marked;
    }

    private boolean mark(OpenTaskDeadlines.Due due) {
        String commandId = "overdue-" + due.taskId() + "-" + due.deadline();
        var command = GenericCommandMessage.asCommandMessage(new MarkTaskOverdue(due.taskId(), due.deadline()))
                .withMetaData(Map.of(EventMetadata.COMMAND_ID, commandId, EventMetadata.ACTOR, ACTOR,
                        EventMetadata.ACTING_ROLE, "SYSTEM", EventMetadata.CORRELATION_ID, commandId));
        try {
            return !(gateway.sendAndWait(command) instanceof AlreadyProcessed);
        } catch (RuleViolation e) {
            // the task moved on (completed, carried over) between the query and the command
            log.debug("Task {} not marked overdue: {}", due.taskId(), e.getMessage());
        } catch (RuntimeException e) {
            // one task's failure must not keep the others from being marked; the next run retries it
            log.warn("Task {} could not be marked overdue", due.taskId(), e);
        }
        return false;
    }
}
