package vn.chibo.command.command;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.chibo.command.access.CommandAuthorization;
import vn.chibo.events.EventMetadata;
import vn.chibo.service.correlation.CorrelationIdFilter;
import vn.chibo.service.security.Actor;
import vn.chibo.service.security.Grant;

import java.util.HashMap;
import java.util.Map;

/**
 * The one way REST adapters send commands: authorize the signed-in person for the command (see
 * access/CommandRules), validate it against its contract, attach who is acting — from the token,
 * never from the body — and the command id, send, and wait for the outcome.
 */
@Component
public class CommandSubmitter {

    /** The header that carries the command id; a retry with the same value is not applied twice. */
    public static final String COMMAND_ID_HEADER = "Idempotency-Key";
    private static final String COMMAND_ID_PATTERN = "[A-Za-z0-9._:-]{1,64}";

    private final CommandGateway gateway;
    private final Validator validator;
    private final CommandAuthorization authorization;

    public CommandSubmitter(CommandGateway gateway, Validator validator, CommandAuthorization authorization) {
        this.gateway = gateway;
        this.validator = validator;
        this.authorization = authorization;
    }

    /** Sends the command; returns whether it was applied now or had been applied before. */
    public Outcome submit(Object command, String commandId) {
        Actor actor = Actor.current().orElseThrow(() -> new AccessDeniedException("no authenticated actor"));
        Grant grant = authorization.authorize(command, actor);
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (commandId == null || !commandId.matches(COMMAND_ID_PATTERN)) {
            throw new RuleViolation("command.invalid-id", COMMAND_ID_HEADER);
        }
        var message = GenericCommandMessage.asCommandMessage(command).withMetaData(metaData(commandId, actor, grant));
        Object result = gateway.sendAndWait(message);
        return result instanceof AlreadyProcessed ? Outcome.REPLAYED : Outcome.APPLIED;
    }

    /** Who acted, in which role and for which organisation: the person of the token and the grant that allowed it. */
    private static MetaData metaData(String commandId, Actor actor, Grant grant) {
        Map<String, String> values = new HashMap<>();
        values.put(EventMetadata.ACTOR, actor.username());
        values.put(EventMetadata.ACTING_ROLE, grant.role().name());
        values.put(EventMetadata.ACTING_ORGANISATION, grant.organisationId());
        values.put(EventMetadata.COMMAND_ID, commandId);
        String correlationId = CorrelationIdFilter.current();
        values.put(EventMetadata.CORRELATION_ID, correlationId == null ? commandId : correlationId);
        return MetaData.from(values);
    }

    public enum Outcome {
        APPLIED,
        REPLAYED
    }
}
