package vn.chibo.query.member;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.ReadModelJdbc;
import vn.chibo.events.member.MemberContract.ExemptionEnded;
import vn.chibo.events.member.MemberContract.ExemptionGranted;
import vn.chibo.query.projection.ChangeFeed;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.WaitingRoom;

/** Miễn sinh hoạt — each member's exemptions as granted, and ended. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class ExemptionProjection {

    private final ReadModelJdbc jdbc;
    private final RegisteredMembers members;
    private final ChangeFeed changes;

    ExemptionProjection(ReadModelJdbc jdbc, WaitingRoom waitingRoom, RegisteredMembers members, ChangeFeed changes) {
        this.jdbc = jdbc;
        this.members = members;
        this.changes = changes;
        waitingRoom.onRelease(ExemptionGranted.class, this::on);
        waitingRoom.onRelease(ExemptionEnded.class, this::on);
    }

    @EventHandler
    void on(ExemptionGranted e) {
        if (members.admit(e.memberId(), e)) {
            jdbc.defer("""
                    insert into member_exemption (member_id, exempt_from, exempt_until, reason, decided_by)
                    values (?, ?, ?, ?, ?)
                    """, e.memberId(), e.exemptFrom(), e.exemptUntil(), e.reason(), e.decidedBy());
            changes.touched(e.cellId());
        }
    }

    /** The member attends again from {@code endedOn}: the exemption in force that day ends the day before. */
    @EventHandler
    void on(ExemptionEnded e) {
        if (members.admit(e.memberId(), e)) {
            jdbc.defer("""
                    update member_exemption set exempt_until = ?::date - 1, ended_on = ?
                    where member_id = ? and exempt_from <= ? and (exempt_until is null or exempt_until >= ?)
                    """, e.endedOn(), e.endedOn(), e.memberId(), e.endedOn(), e.endedOn());
            changes.touched(e.cellId());
        }
    }
}
