package vn.chibo.command.task;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;
import vn.chibo.command.command.FollowUpCommands;
import vn.chibo.events.member.TransferReason;
import vn.chibo.events.organisation.OrganisationContract.OrganisationAbsorbed;
import vn.chibo.events.task.TaskContract.TransferTask;

/**
 * The tasks an absorbed organisation still holds (open, or completed and awaiting evaluation) go to
 * the survivor, each by a {@code TaskTransferred} dated as the merge. Runs in the transaction of the merge.
 */
@Component
@ProcessingGroup("organisation-directory")
class TasksFollowReorganisation {

    private final FollowUpCommands commands;
    private final LiveTasks tasks;

    TasksFollowReorganisation(FollowUpCommands commands, LiveTasks tasks) {
        this.commands = commands;
        this.tasks = tasks;
    }

    @EventHandler
    void on(OrganisationAbsorbed e, @MessageIdentifier String eventId) {
        tasks.heldBy(e.organisationId()).forEach(taskId -> commands.send(
                new TransferTask(taskId, e.survivorId(), TransferReason.MERGE, e.effectiveDate()), eventId, taskId));
    }
}
