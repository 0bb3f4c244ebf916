package vn.chibo.query.projection;

import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lets an event into a projection once what it depends on is there (see {@link WaitingRoom}), and
 * tells the live views that the organisation's figures change.
 */
@Component
public class Admission {

    private final WaitingRoom waitingRoom;
    private final ChangeFeed changes;

    public Admission(WaitingRoom waitingRoom, ChangeFeed changes) {
        this.waitingRoom = waitingRoom;
        this.changes = changes;
    }

    /** An event that names its organisation: admitted once the organisation is known. */
    public boolean of(String organisationId, Object event) {
        if (!waitingRoom.admit(organisationId, event)) {
            return false;
        }
        changes.touched(organisationId);
        return true;
    }

    /**
     * A later event of an aggregate whose first event named the organisation: admitted once that first
     * event is applied, which the projection knows by the organisation it stored ({@code organisationId}
     * reads it, empty until then; read again under the waiting room's lock before the event is parked).
     */
    public boolean following(String aggregate, String id, Supplier<Optional<String>> organisationId, Object event) {
        Optional<String> organisation = waitingRoom.lookupOrPark(WaitingRoom.aggregate(aggregate, id), event, organisationId);
        organisation.ifPresent(changes::touched);
        return organisation.isPresent();
    }

    /** The first event of the aggregate is applied: what waited for it follows now. */
    public void firstApplied(String aggregate, String id) {
        waitingRoom.release(WaitingRoom.aggregate(aggregate, id));
    }
}
