package vn.chibo.events.task;

/** Where a task stands (read side). Overdue is not a status: it is shown beside it. */
public enum TaskStatus {
    /** Assigned or carried over, being worked on. */
    OPEN,
    /** Reported complete by an assignee, waiting for the meeting's evaluation. */
    COMPLETED,
    /** Evaluated as done. */
    DONE,
    /** Evaluated as not done, with the reason. */
    NOT_DONE,
    /** Cancelled. */
    CANCELLED
}
