package vn.chibo.command.command;

/** The result of a command whose id was seen before: nothing was done the second time. */
public record AlreadyProcessed(String commandId) {
}
