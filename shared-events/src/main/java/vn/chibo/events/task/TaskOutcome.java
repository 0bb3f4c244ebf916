package vn.chibo.events.task;

/** How the next meeting judged a task when reviewing the previous resolution (domain brief §3, §4). */
public enum TaskOutcome {
    /** Hoàn thành. */
    DONE,
    /** Không hoàn thành, with the reason. */
    NOT_DONE,
    /** Chuyển sang kỳ sau, with a new deadline: the task stays open. */
    CARRIED_OVER
}
