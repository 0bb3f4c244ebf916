package vn.chibo.service.security;

/** What an endpoint or a command needs, for one organisation. */
public enum Permission {
    /** See the organisation's figures, records and dashboard. */
    READ,
    /** See its audit trail: who decided what, and the event chain. */
    AUDIT,
    /** Record its meetings, members, resolutions and tasks. */
    WRITE,
    /** Report progress on a task assigned to oneself. */
    REPORT_OWN_TASKS,
    /** Submit the organisation's own periodic reports upward. */
    SUBMIT_REPORTS,
    /** Decide on plans, exemptions and reports of a unit directly below one's organisation. */
    APPROVE_BELOW,
    /** Change the organisation tree and policy. */
    ADMINISTER
}
