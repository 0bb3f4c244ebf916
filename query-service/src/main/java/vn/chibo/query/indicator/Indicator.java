package vn.chibo.query.indicator;

/**
 * Every counted indicator, defined once. Each is a monthly count per organisation subtree: the count
 * of a month is what the cells of the subtree did that month; the count of a quarter, a half-year or
 * a year is the sum of its months. Rates are defined in {@link Rate} as ratios of these sums.
 * Texts users read are {@code indicator.<name>} in the query texts.
 */
public enum Indicator {
    /** Meetings held (MeetingHeld), in the month they started. */
    MEETINGS_HELD,
    /** Regular monthly meetings held. */
    REGULAR_MEETINGS_HELD,
    /** Thematic meetings held. */
    THEMATIC_MEETINGS_HELD,
    /** Cells that held at least one meeting in the month ("cell-months" when summed over months). */
    CELLS_MET,
    /**
     * Meetings that lasted at least the minimum: judged at closing against the policy in force
     * (MeetingClosed.meetingTooShort); for a meeting recorded after the fact without a closing,
     * at least 90 minutes (domain brief §8).
     */
    MEETINGS_AT_MINIMUM_LENGTH,
    /** Meetings attended by at least one member of the superior committee (MeetingOpened). */
    MEETINGS_WITH_SUPERIOR_ATTENDANCE,
    /** Notices sent, and those sent later than the policy's lead time (MeetingNoticeSent.late). */
    NOTICES_SENT,
    NOTICES_LATE,
    /** Attendance expected: every member whose attendance was taken, except the exempt and those not counted. */
    MEMBERS_EXPECTED,
    MEMBERS_PRESENT,
    ABSENT_WITH_REASON,
    ABSENT_WITHOUT_REASON,
    /** Members who spoke, counted once per meeting. */
    SPEAKERS,
    /** Resolutions and conclusions adopted (ResolutionAdopted). */
    RESOLUTIONS_ADOPTED,
    /** Tasks assigned, completed by an assignee, and evaluated done / not done / carried over; tasks becoming overdue. */
    TASKS_ASSIGNED,
    TASKS_COMPLETED,
    TASKS_DONE,
    TASKS_NOT_DONE,
    TASKS_CARRIED_OVER,
    TASKS_OVERDUE,
    /** Petitions raised at meetings, and petitions answered (by any level). */
    PETITIONS_RAISED,
    PETITIONS_ANSWERED,
    /** Meetings by the quality level voted at their closing. */
    RATED_GOOD,
    RATED_FAIR,
    RATED_AVERAGE,
    RATED_POOR
}
