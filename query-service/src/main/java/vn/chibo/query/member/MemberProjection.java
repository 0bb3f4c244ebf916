package vn.chibo.query.member;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.ReadModelJdbc;
import vn.chibo.events.member.MemberContract.CellRoleAssigned;
import vn.chibo.events.member.MemberContract.MemberLeft;
import vn.chibo.events.member.MemberContract.MemberPromoted;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MemberContract.MemberTransferred;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.query.projection.SubtreeTotals;
import vn.chibo.query.projection.ChangeFeed;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.WaitingRoom;

/**
 * Members per cell as they stand today (status, role, cell, leaving), and the member counts of every
 * subtree they belong to: a member who leaves or moves away stops counting where they were.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class MemberProjection {

    private final ReadModelJdbc jdbc;
    private final WaitingRoom waitingRoom;
    private final RegisteredMembers members;
    private final ChangeFeed changes;
    private final SubtreeTotals totals;

    MemberProjection(ReadModelJdbc jdbc, WaitingRoom waitingRoom, RegisteredMembers members, ChangeFeed changes,
                     SubtreeTotals totals) {
        this.jdbc = jdbc;
        this.totals = totals;
        this.waitingRoom = waitingRoom;
        this.members = members;
        this.changes = changes;
        waitingRoom.onRelease(MemberRegistered.class, this::on);
        waitingRoom.onRelease(MemberPromoted.class, this::on);
        waitingRoom.onRelease(CellRoleAssigned.class, this::on);
        waitingRoom.onRelease(MemberTransferred.class, this::on);
        waitingRoom.onRelease(MemberLeft.class, this::on);
    }

    @EventHandler
    void on(MemberRegistered e) {
        if (!waitingRoom.admit(e.cellId(), e)) {
            return;
        }
        jdbc.defer("""
                insert into member (member_id, cell_id, full_name, status, joined_on, in_cell_since)
                values (?, ?, ?, ?, ?, ?)
                """, e.memberId(), e.cellId(), e.fullName(), e.status().name(), e.joinedOn(), e.joinedOn());
        count(e.cellId(), e.status(), 1);
        changes.touched(e.cellId());
        members.registered(e.memberId());
    }

    @EventHandler
    void on(MemberPromoted e) {
        if (!members.admit(e.memberId(), e)) {
            return;
        }
        int promoted = jdbc.update("""
                update member set status = 'OFFICIAL', promoted_on = ?
                where member_id = ? and status = 'PROBATIONARY' and left_on is null
                """, e.promotedOn(), e.memberId());
        if (promoted == 1) {
            String cellId = members.cellOf(e.memberId());
            count(cellId, MembershipStatus.PROBATIONARY, -1);
            count(cellId, MembershipStatus.OFFICIAL, 1);
            changes.touched(cellId);
        }
    }

    @EventHandler
    void on(CellRoleAssigned e) {
        if (members.admit(e.memberId(), e)) {
            jdbc.defer("update member set role = ? where member_id = ?", e.role().name(), e.memberId());
            changes.touched(members.cellOf(e.memberId()));
        }
    }

    /** The role held in the old cell ends; an exemption in force continues (it is the member's). */
    @EventHandler
    void on(MemberTransferred e) {
        if (!members.admit(e.memberId(), e) || !waitingRoom.admit(e.toCellId(), e)) {
            return;
        }
        String fromCellId = members.cellOf(e.memberId());
        MembershipStatus status = members.statusOf(e.memberId());
        jdbc.defer("update member set cell_id = ?, role = 'MEMBER', in_cell_since = ? where member_id = ?",
                e.toCellId(), e.effectiveDate(), e.memberId());
        jdbc.defer("""
                insert into member_transfer (member_id, from_cell_id, to_cell_id, reason, effective_date)
                values (?, ?, ?, ?, ?)
                """, e.memberId(), fromCellId, e.toCellId(), e.reason().name(), e.effectiveDate());
        count(fromCellId, status, -1);
        count(e.toCellId(), status, 1);
        changes.touched(fromCellId);
        changes.touched(e.toCellId());
    }

    /** Role and exemption end with the leaving; the member stays listed, as having left. */
    @EventHandler
    void on(MemberLeft e) {
        if (!members.admit(e.memberId(), e)) {
            return;
        }
        int left = jdbc.update("""
                update member set left_on = ?, leaving_reason = ?, role = 'MEMBER'
                where member_id = ? and left_on is null
                """, e.effectiveDate(), e.reason().name(), e.memberId());
        jdbc.defer("""
                update member_exemption set exempt_until = ?::date - 1
                where member_id = ? and exempt_from < ? and (exempt_until is null or exempt_until >= ?)
                """, e.effectiveDate(), e.memberId(), e.effectiveDate(), e.effectiveDate());
        if (left == 1) {
            String cellId = members.cellOf(e.memberId());
            count(cellId, members.statusOf(e.memberId()), -1);
            changes.touched(cellId);
        }
    }

    /** Gathered over the batch and written in one statement (see {@link SubtreeTotals}). */
    private void count(String cellId, MembershipStatus status, int delta) {
        totals.members(cellId, status, delta);
    }
}
