package vn.chibo.command.meeting;

/** Where a meeting is in its lifecycle; each step may only follow the one before it. */
enum Stage {
    SCHEDULED,
    CONTENT_APPROVED,
    NOTICE_SENT,
    OPENED,
    AGENDA_ADOPTED,
    MINUTES_SIGNED,
    CLOSED;

    boolean isBefore(Stage other) {
        return compareTo(other) < 0;
    }

    boolean isAfter(Stage other) {
        return compareTo(other) > 0;
    }
}
