package vn.chibo.query.meeting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.ReadModelJdbc;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.query.projection.ChangeFeed;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.WaitingRoom;

/** The meeting calendar: each meeting as scheduled and, once held, when it started and ended. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class MeetingProjection {

    private final ReadModelJdbc jdbc;
    private final WaitingRoom waitingRoom;
    private final ChangeFeed changes;

    MeetingProjection(ReadModelJdbc jdbc, WaitingRoom waitingRoom, ChangeFeed changes) {
        this.jdbc = jdbc;
        this.waitingRoom = waitingRoom;
        this.changes = changes;
        waitingRoom.onRelease(MeetingScheduled.class, this::on);
        waitingRoom.onRelease(MeetingHeld.class, this::on);
    }

    @EventHandler
    void on(MeetingScheduled e) {
        if (waitingRoom.admit(e.organisationId(), e)) {
            jdbc.defer("insert into meeting (meeting_id, organisation_id, kind, scheduled_start, place) values (?, ?, ?, ?, ?)",
                    e.meetingId(), e.organisationId(), e.kind().name(), e.scheduledStart(), e.place());
            changes.touched(e.organisationId());
        }
    }

    @EventHandler
    void on(MeetingHeld e) {
        if (!waitingRoom.admit(e.organisationId(), e)) {
            return;
        }
        // after a step-by-step closing the record stays CLOSED; otherwise it was recorded as held after the fact
        jdbc.defer("""
                update meeting set started_at = ?, ended_at = ?,
                       stage = case when stage = 'CLOSED' then stage else 'HELD' end
                where meeting_id = ?
                """, e.startedAt(), e.endedAt(), e.meetingId());
        changes.touched(e.organisationId());
    }
}
