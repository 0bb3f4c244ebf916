package vn.chibo.events;

import java.util.List;

/**
 * Metadata keys every command carries and every event inherits from its command.
 * They answer the audit question "who decided this, in which capacity, on whose behalf".
 */
public final class EventMetadata {

    /** The authenticated person who issued the command. */
    public static final String ACTOR = "actor";
    /** The role the actor acted in (e.g. cell secretary, committee member). */
    public static final String ACTING_ROLE = "actingRole";
    /** The organisation on whose behalf the actor acted. */
    public static final String ACTING_ORGANISATION = "actingOrganisation";
    /** The client-chosen id of the command; a repeat with the same id creates no second event. */
    public static final String COMMAND_ID = "commandId";
    /** Ties together everything caused by one request, across services and logs. */
    public static final String CORRELATION_ID = "correlationId";

    public static final List<String> ALL = List.of(ACTOR, ACTING_ROLE, ACTING_ORGANISATION, COMMAND_ID, CORRELATION_ID);

    private EventMetadata() {
    }
}
