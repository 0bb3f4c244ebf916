package vn.chibo.command.petition;

/** Where a petition stands (trạng thái kiến nghị); derived from its events. */
enum PetitionStatus {
    /** Raised at the cell's meeting, not yet sent up. */
    RAISED,
    /** With the cell's superior committee. */
    FORWARDED,
    /** Answered: nothing more happens to it. */
    ANSWERED,
    /** Passed one or more levels further up. */
    ESCALATED
}
