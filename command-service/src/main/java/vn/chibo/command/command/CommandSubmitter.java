package vn.chibo.command.command;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import vn.chibo.events.EventMetadata;
import vn.chibo.service.correlation.CorrelationIdFilter;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

/**
 * The one way REST adapters send commands: validate the command against its contract, attach who is
 * acting and the command id, send, and wait for the outcome.
 */
@Component
public class CommandSubmitter {

    /** The header that carries the command id; a retry with the same value is not applied twice. */
    public static final String COMMAND_ID_HEADER = "Idempotency-Key";
    private static final String COMMAND_ID_PATTERN = "[A-Za-z0-9._:-]{1,64}";

    private final CommandGateway gateway;
    private final Validator validator;

    public CommandSubmitter(CommandGateway gateway, Validator validator) {
        this.gateway = gateway;
        this.validator = validator;
    }

    /** Sends the command; returns whether it was applied now or had been applied before. */
    public Outcome submit(Object command, String commandId, HttpServletRequest request) {
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (commandId == null || !commandId.matches(COMMAND_ID_PATTERN)) {
            throw new RuleViolation("command.invalid-id", COMMAND_ID_HEADER);
        }
        var message = GenericCommandMessage.asCommandMessage(command).withMetaData(metaData(commandId, request));
        Object result = gateway.sendAndWait(message);
        return result instanceof AlreadyProcessed ? Outcome.REPLAYED : Outcome.APPLIED;
    }

    private static MetaData metaData(String commandId, HttpServletRequest request) {
        Map<String, String> values = new HashMap<>();
        Principal principal = request.getUserPrincipal();
        // Until authentication lands (issue 6) an unauthenticated caller is recorded as such, never
        // as whoever the request body claims to be.
        values.put(EventMetadata.ACTOR, principal == null ? "anonymous" : principal.getName());
        values.put(EventMetadata.ACTING_ROLE, principal == null ? "UNAUTHENTICATED" : "AUTHENTICATED");
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
