package vn.chibo.events.meeting;

/** How far a meeting's record has gone: the last step of its lifecycle recorded (read side). */
public enum MeetingStage {
    SCHEDULED,
    CONTENT_APPROVED,
    NOTICE_SENT,
    OPENED,
    AGENDA_ADOPTED,
    MINUTES_SIGNED,
    /** Closed step by step: the full record exists. */
    CLOSED,
    /** Recorded as held after the fact (start and end only), without the steps. */
    HELD
}
