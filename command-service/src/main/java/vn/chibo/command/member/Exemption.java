package vn.chibo.command.member;

import java.time.LocalDate;

/** A period of exemption from meetings, both days included; {@code until} null: until ended. */
record Exemption(LocalDate from, LocalDate until) {

    boolean endsBeforeItStarts() {
        return until != null && until.isBefore(from);
    }

    boolean overlaps(Exemption other) {
        boolean startsAfterThisEnds = until != null && other.from().isAfter(until);
        boolean endsBeforeThisStarts = other.until() != null && other.until().isBefore(from);
        return !startsAfterThisEnds && !endsBeforeThisStarts;
    }

    /** Whether the member is still exempt on the date or would become so after it. */
    boolean inForceOnOrAfter(LocalDate date) {
        return until == null || !until.isBefore(date);
    }

    /** The period cut short: the member attends again from {@code endedOn}. */
    Exemption endingOn(LocalDate endedOn) {
        return new Exemption(from, endedOn.minusDays(1));
    }

    Object describeUntil() {
        return until == null ? "…" : until;
    }
}
