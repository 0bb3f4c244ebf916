package vn.chibo.events;

/**
 * Ids are chosen by the client (so a retried create lands on the same aggregate): 1 to 64 letters,
 * digits, dots, underscores, colons or hyphens. Anything else is rejected before it reaches a log,
 * a URL or a query.
 */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    private Ids() {
    }
}
