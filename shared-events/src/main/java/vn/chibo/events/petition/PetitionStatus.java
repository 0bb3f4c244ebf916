package vn.chibo.events.petition;

/** Where a petition stands, and the kind of each step of its path upward (read side). */
public enum PetitionStatus {
    /** Raised at the cell's meeting, not yet sent up. */
    RAISED,
    /** With the cell's superior committee. */
    FORWARDED,
    /** Passed one or more levels further up. */
    ESCALATED,
    /** Answered by the committee holding it. */
    ANSWERED
}
