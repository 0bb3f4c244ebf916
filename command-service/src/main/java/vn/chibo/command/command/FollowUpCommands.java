package vn.chibo.command.command;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import vn.chibo.events.EventMetadata;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * How event handlers send the commands an event calls for (a merge transferring members, a split
 * creating its parts). The command id derives from the causing event, the command type and its
 * target, so handling the same event again sends commands already recorded as processed; who acted
 * and the correlation id come along from the event, which got them from the command that caused it.
 * <p>
 * Called from the subscribing directory processor, the command runs inside the transaction of the
 * command that caused the event: all of it is stored, or none.
 */
@Component
public class FollowUpCommands {

    private final CommandGateway gateway;

    public FollowUpCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public void send(Object command, String causeEventId, String targetId) {
        String key = causeEventId + "/" + command.getClass().getSimpleName() + "/" + targetId;
        String commandId = "follow-up:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(EventMetadata.COMMAND_ID, commandId)));
    }
}
