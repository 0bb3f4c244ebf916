package vn.chibo.events.meeting;

/** How a task of the previous resolution is judged at the review: đã thực hiện, chưa thực hiện (and why), chuyển kỳ sau. */
public enum TaskReviewOutcome {
    DONE,
    NOT_DONE,
    CARRIED_OVER
}
