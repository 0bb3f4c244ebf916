package vn.chibo.service.security;

import java.time.LocalDate;

/**
 * A role held in an organisation's subtree for a time: from {@code from} (inclusive) until
 * {@code until} (exclusive, open when null). {@link #WHOLE_TREE} as organisation is the root of every
 * tree — for service accounts and the platform administrator.
 */
public record Grant(Role role, String organisationId, LocalDate from, LocalDate until) {

    public static final String WHOLE_TREE = "*";

    public static Grant of(Role role, String organisationId) {
        return new Grant(role, organisationId, null, null);
    }

    public boolean activeOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
    }

    /** The claim form: {@code ROLE@organisation} with an optional {@code [from..until]}. */
    public String asClaim() {
        String claim = role + "@" + organisationId;
        return from == null && until == null ? claim
                : claim + "[" + (from == null ? "" : from) + ".." + (until == null ? "" : until) + "]";
    }

    /** Reads {@link #asClaim()}; throws IllegalArgumentException on anything else. */
    public static Grant parse(String claim) {
        int at = claim.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("grant without organisation: " + claim);
        }
        Role role = Role.valueOf(claim.substring(0, at));
        String rest = claim.substring(at + 1);
        int bracket = rest.indexOf('[');
        if (bracket < 0) {
            return new Grant(role, rest, null, null);
        }
        String[] dates = rest.substring(bracket + 1, rest.length() - 1).split("\\.\\.", -1);
        return new Grant(role, rest.substring(0, bracket), day(dates[0]), day(dates[1]));
    }

    private static LocalDate day(String text) {
        return text.isBlank() ? null : LocalDate.parse(text);
    }
}
