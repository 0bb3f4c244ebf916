package vn.chibo.command.plan;

/** Where a plan's latest submission stands. */
enum PlanStatus {
    /** Waiting for the committee's decision. */
    SUBMITTED,
    /** Returned with a comment: the cell resubmits. */
    RETURNED,
    /** Approved: locked; a change is a new submission that needs approval again. */
    APPROVED
}
