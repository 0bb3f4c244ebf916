package vn.chibo.query.meeting;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AttendanceEntry;
import vn.chibo.events.meeting.MeetingContract.ItemRecord;
import vn.chibo.events.meeting.MeetingContract.MeetingRecord;
import vn.chibo.events.meeting.MeetingContract.ResolutionVote;
import vn.chibo.events.meeting.MeetingContract.Speech;
import vn.chibo.events.meeting.MeetingContract.TaskReview;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.query.projection.AsOf;
import vn.chibo.query.projection.JsonColumns;
import vn.chibo.service.web.NotFoundException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static vn.chibo.query.projection.Columns.enumOf;
import static vn.chibo.query.projection.Columns.integer;

/** A meeting's full record: the meeting's own row (see {@link MeetingRow}) and the lists the minutes hold. */
@Component
public class MeetingRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonColumns json;
    private final MeetingRow row;

    MeetingRecords(NamedParameterJdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
        this.row = new MeetingRow(json);
    }

    /** The meeting's record as it stood at the end of a day (or now). */
    public MeetingRecord record(String meetingId, AsOf.Day asOf) {
        var params = new MapSqlParameterSource("meetingId", meetingId);
        MeetingRow.Steps steps = jdbc.query(MeetingRow.select(asOf) + " where m.meeting_id = :meetingId", params, row)
                .stream().findFirst()
                .orElseThrow(() -> new NotFoundException("kind.meeting", meetingId));
        return steps.with(attendance(params, asOf), items(params, asOf), votes(params, asOf));
    }

    private List<AttendanceEntry> attendance(MapSqlParameterSource params, AsOf.Day asOf) {
        return jdbc.query("""
                select a.member_id, p.full_name, a.membership_status, a.role, a.exempt, a.attendance, a.reason
                from %s a left join member p on p.member_id = a.member_id
                where a.meeting_id = :meetingId order by a.position, a.member_id
                """.formatted(asOf.table("meeting_attendance")), params, (rs, i) -> new AttendanceEntry(rs.getString("member_id"), rs.getString("full_name"),
                enumOf(rs, "membership_status", MembershipStatus.class), enumOf(rs, "role", CellRole.class),
                rs.getBoolean("exempt"), enumOf(rs, "attendance", AttendanceStatus.class), rs.getString("reason")));
    }

    private List<ItemRecord> items(MapSqlParameterSource params, AsOf.Day asOf) {
        Map<String, List<Speech>> speeches = jdbc.query("""
                        select s.item_id, s.member_id, p.full_name, s.gist
                        from %s s left join member p on p.member_id = s.member_id
                        where s.meeting_id = :meetingId order by s.position
                        """.formatted(asOf.table("meeting_speech")), params, (rs, i) -> Map.entry(rs.getString("item_id"),
                        new Speech(rs.getString("member_id"), rs.getString("full_name"), rs.getString("gist"))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.query("""
                select item_id, kind, summary, duration_minutes, theme_id, lead_report_member_id, task_reviews
                from %s i where meeting_id = :meetingId order by position
                """.formatted(asOf.table("meeting_item")), params, (rs, i) -> new ItemRecord(rs.getString("item_id"),
                AgendaItemKind.valueOf(rs.getString("kind")), rs.getString("summary"), integer(rs, "duration_minutes"),
                rs.getString("theme_id"), rs.getString("lead_report_member_id"),
                json.list(rs.getString("task_reviews"), TaskReview.class),
                speeches.getOrDefault(rs.getString("item_id"), List.of())));
    }

    private List<ResolutionVote> votes(MapSqlParameterSource params, AsOf.Day asOf) {
        return jdbc.query("""
                select v.resolution_id, r.title, v.vote
                from %s v left join %s r on r.resolution_id = v.resolution_id
                where v.meeting_id = :meetingId order by v.position
                """.formatted(asOf.table("meeting_resolution_vote"), asOf.table("resolution")), params, (rs, i) -> new ResolutionVote(rs.getString("resolution_id"), rs.getString("title"),
                json.read(rs.getString("vote"), VoteResult.class)));
    }
}
