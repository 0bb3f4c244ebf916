package vn.chibo.events.plan;

/** Where a plan's latest submission stands (read side). */
public enum PlanStatus {
    /** Waiting for the committee's decision. */
    SUBMITTED,
    /** Returned with a comment: the cell resubmits. */
    RETURNED,
    APPROVED,
    /** Its cell was merged into one that has its own plan for the year: the survivor's plan stands. */
    SUPERSEDED
}
