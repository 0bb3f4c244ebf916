package vn.chibo.query.meeting;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import vn.chibo.events.Page;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AttendanceHistoryEntry;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.meeting.MeetingStage;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.query.projection.AsOf;
import vn.chibo.query.member.MemberQueries;
import vn.chibo.query.projection.PageQuery;
import vn.chibo.query.projection.Paging;

import java.time.LocalDate;

import static vn.chibo.query.projection.Columns.dateTime;
import static vn.chibo.query.projection.Columns.enumOf;

/**
 * A member's attendance history: the meetings whose roster, taken at the opening, named the member,
 * in the order they were held. A meeting belongs to the year it started in (as on the calendar).
 */
@Component
public class AttendanceHistory {

    private static final String HELD_AT = "coalesce(m.started_at, m.opened_at, m.scheduled_start)";

    private static String ofMember(AsOf.Day asOf) {
        return """
                 from %2$s a
                 join %3$s m on m.meeting_id = a.meeting_id
                 join organisation o on o.organisation_id = m.organisation_id
                 where a.member_id = :memberId and %1$s >= :from and %1$s < :to
                """.formatted(HELD_AT, asOf.table("meeting_attendance"), asOf.table("meeting"));
    }

    private static final RowMapper<AttendanceHistoryEntry> ENTRY = (rs, i) -> new AttendanceHistoryEntry(
            rs.getString("meeting_id"), rs.getString("organisation_id"), rs.getString("name"),
            MeetingKind.valueOf(rs.getString("kind")), dateTime(rs, "held_at"),
            MeetingStage.valueOf(rs.getString("stage")), enumOf(rs, "membership_status", MembershipStatus.class),
            enumOf(rs, "role", CellRole.class), rs.getBoolean("exempt"),
            enumOf(rs, "attendance", AttendanceStatus.class), rs.getString("reason"), rs.getBoolean("spoke"));

    private final PageQuery pages;
    private final MemberQueries members;

    AttendanceHistory(PageQuery pages, MemberQueries members) {
        this.pages = pages;
        this.members = members;
    }

    /** The member's meetings of the year, as recorded by a day (or now). */
    public Page<AttendanceHistoryEntry> ofMember(String memberId, int year, AsOf.Day asOf, Paging paging) {
        members.member(memberId);
        var params = new MapSqlParameterSource("memberId", memberId)
                .addValue("from", LocalDate.of(year, 1, 1).atStartOfDay())
                .addValue("to", LocalDate.of(year + 1, 1, 1).atStartOfDay());
        return pages.page("""
                        select m.meeting_id, m.organisation_id, o.name, m.kind, %s as held_at, m.stage,
                               a.membership_status, a.role, a.exempt, a.attendance, a.reason,
                               exists (select 1 from %s s
                                       where s.meeting_id = m.meeting_id and s.member_id = a.member_id) as spoke
                        """.formatted(HELD_AT, asOf.table("meeting_speech")), ofMember(asOf), HELD_AT + ", m.meeting_id", params, paging, ENTRY);
    }
}
