package vn.chibo.events.task;

/** The columns of the task board, each a filter of the task list. A task may stand in two (open and overdue). */
public enum TaskBoardColumn {
    /** Open, overdue or not. */
    OPEN,
    /** Open with its deadline passed. */
    OVERDUE,
    /** Reported complete, awaiting evaluation. */
    COMPLETED,
    DONE,
    NOT_DONE,
    /** Carried over to a later deadline at least once, whatever it is now. */
    CARRIED_OVER,
    CANCELLED
}
