package vn.chibo.query.member;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.query.projection.WaitingRoom;

/** The members the read model has registered, for the projections of what happens to them later. */
@Component
class RegisteredMembers {

    private static final String AGGREGATE = "member";

    private final JdbcTemplate jdbc;
    private final WaitingRoom waitingRoom;

    RegisteredMembers(JdbcTemplate jdbc, WaitingRoom waitingRoom) {
        this.jdbc = jdbc;
        this.waitingRoom = waitingRoom;
    }

    /** True if the member is registered; otherwise the event waits for the registration. */
    boolean admit(String memberId, Object event) {
        return waitingRoom.admitIf(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                        "select exists (select 1 from member where member_id = ?)", Boolean.class, memberId)),
                WaitingRoom.aggregate(AGGREGATE, memberId), event);
    }

    /** Applies what waited for this member's registration. */
    void registered(String memberId) {
        waitingRoom.release(WaitingRoom.aggregate(AGGREGATE, memberId));
    }

    String cellOf(String memberId) {
        return jdbc.queryForObject("select cell_id from member where member_id = ?", String.class, memberId);
    }

    MembershipStatus statusOf(String memberId) {
        return MembershipStatus.valueOf(
                jdbc.queryForObject("select status from member where member_id = ?", String.class, memberId));
    }
}
