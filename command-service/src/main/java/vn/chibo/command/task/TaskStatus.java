package vn.chibo.command.task;

/** Where a task stands. Overdue is not a status: it is recorded beside it, once per deadline. */
enum TaskStatus {
    /** Assigned or carried over, being worked on. */
    OPEN,
    /** Reported complete by an assignee, waiting for the meeting's evaluation. */
    COMPLETED,
    /** Evaluated as done: closed. */
    DONE,
    /** Evaluated as not done: closed. */
    NOT_DONE,
    /** Cancelled: closed. */
    CANCELLED
}
