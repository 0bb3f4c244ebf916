package vn.chibo.command.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.EventMetadata;

/**
 * Makes commands idempotent by id. The id is recorded in the transaction that stores the command's
 * events, so either both happen or neither; a repeat finds the id and does nothing. A concurrent
 * repeat waits on the row lock of the first and then sees it.
 */
@Component
public class IdempotentCommands implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;

    public IdempotentCommands(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object commandId = command.getMetaData().get(EventMetadata.COMMAND_ID);
        if (commandId == null) {
            return chain.proceed();
        }
        int recorded = jdbc.update(
                "insert into processed_command (command_id, command_type) values (?, ?) on conflict do nothing",
                commandId.toString(), command.getCommandName());
        return recorded == 1 ? chain.proceed() : new AlreadyProcessed(commandId.toString());
    }
}
