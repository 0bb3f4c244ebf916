package vn.chibo.query.meeting;

import vn.chibo.query.projection.AsOf;
import org.springframework.jdbc.core.RowMapper;
import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.MeetingContract.AttendanceEntry;
import vn.chibo.events.meeting.MeetingContract.Closing;
import vn.chibo.events.meeting.MeetingContract.ContentApproval;
import vn.chibo.events.meeting.MeetingContract.CriterionScore;
import vn.chibo.events.meeting.MeetingContract.ItemRecord;
import vn.chibo.events.meeting.MeetingContract.MeetingRecord;
import vn.chibo.events.meeting.MeetingContract.Minutes;
import vn.chibo.events.meeting.MeetingContract.Notice;
import vn.chibo.events.meeting.MeetingContract.Opening;
import vn.chibo.events.meeting.MeetingContract.Person;
import vn.chibo.events.meeting.MeetingContract.QualityRating;
import vn.chibo.events.meeting.MeetingContract.ResolutionVote;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.meeting.MeetingStage;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.query.projection.JsonColumns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import static vn.chibo.query.projection.Columns.date;
import static vn.chibo.query.projection.Columns.dateTime;
import static vn.chibo.query.projection.Columns.enumOf;
import static vn.chibo.query.projection.Columns.integer;

/** Reads the meeting's own row: each step's part, null until the step is recorded. */
class MeetingRow implements RowMapper<MeetingRow.Steps> {

    static String select(AsOf.Day asOf) {
        return """
            select m.*, o.name as organisation_name, c.full_name as chair_name, t.full_name as minutes_taker_name
            from %s m
            join organisation o on o.organisation_id = m.organisation_id
            left join member c on c.member_id = m.chair_member_id
            left join member t on t.member_id = m.minutes_taker_member_id
            """.formatted(asOf.table("meeting"));
    }

    private final JsonColumns json;

    MeetingRow(JsonColumns json) {
        this.json = json;
    }

    /** The meeting's row read; the lists come from their own tables. */
    record Steps(String meetingId, String organisationId, String organisationName, MeetingKind kind,
                 LocalDateTime scheduledStart, String place, MeetingStage stage, ContentApproval content,
                 Notice notice, Opening opening, List<AgendaItemKind> agenda, QualityRating qualityRating,
                 Minutes minutes, Closing closing, LocalDateTime startedAt, LocalDateTime endedAt) {

        MeetingRecord with(List<AttendanceEntry> attendance, List<ItemRecord> items, List<ResolutionVote> votes) {
            return new MeetingRecord(meetingId, organisationId, organisationName, kind, scheduledStart, place, stage,
                    content, notice, opening, attendance, agenda, items, votes, qualityRating, minutes, closing,
                    startedAt, endedAt);
        }
    }

    @Override
    public Steps mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new Steps(rs.getString("meeting_id"), rs.getString("organisation_id"),
                rs.getString("organisation_name"), MeetingKind.valueOf(rs.getString("kind")),
                dateTime(rs, "scheduled_start"), rs.getString("place"), MeetingStage.valueOf(rs.getString("stage")),
                content(rs), notice(rs), opening(rs), json.list(rs.getString("agenda"), AgendaItemKind.class),
                qualityRating(rs), minutes(rs), closing(rs), dateTime(rs, "started_at"), dateTime(rs, "ended_at"));
    }

    private static ContentApproval content(ResultSet rs) throws SQLException {
        if (rs.getObject("content_approved_on") == null) {
            return null;
        }
        return new ContentApproval(date(rs, "content_approved_on"), rs.getString("content_approved_at"),
                rs.getString("content"), rs.getString("draft_resolution"), rs.getBoolean("combined_with_thematic"));
    }

    private Notice notice(ResultSet rs) throws SQLException {
        if (rs.getObject("notice_sent_at") == null) {
            return null;
        }
        return new Notice(dateTime(rs, "notice_sent_at"), json.read(rs.getString("superior_monitor"), Person.class),
                rs.getInt("notice_days_ahead"), rs.getInt("notice_required_days"), rs.getBoolean("notice_late"),
                rs.getInt("notice_late_by_days"), rs.getString("notice_policy_version"));
    }

    private Opening opening(ResultSet rs) throws SQLException {
        if (rs.getObject("opened_at") == null) {
            return null;
        }
        return new Opening(dateTime(rs, "opened_at"), rs.getString("chair_member_id"), rs.getString("chair_name"),
                rs.getString("minutes_taker_member_id"), rs.getString("minutes_taker_name"), rs.getString("purpose"),
                json.list(rs.getString("guests"), Person.class),
                json.list(rs.getString("superior_attendees"), Person.class));
    }

    private QualityRating qualityRating(ResultSet rs) throws SQLException {
        if (rs.getObject("quality_proposed_level") == null) {
            return null;
        }
        return new QualityRating(rs.getString("quality_proposed_by"),
                enumOf(rs, "quality_proposed_level", QualityLevel.class),
                json.list(rs.getString("quality_scores"), CriterionScore.class), integer(rs, "quality_total_points"),
                rs.getString("quality_policy_version"), json.read(rs.getString("quality_vote"), VoteResult.class));
    }

    private static Minutes minutes(ResultSet rs) throws SQLException {
        if (rs.getObject("minutes_read_back_at") == null) {
            return null;
        }
        return new Minutes(dateTime(rs, "minutes_read_back_at"), rs.getString("minutes_chair_member_id"),
                rs.getString("minutes_taker_signed_id"));
    }

    private static Closing closing(ResultSet rs) throws SQLException {
        if (rs.getObject("closed_at") == null) {
            return null;
        }
        return new Closing(dateTime(rs, "closed_at"), rs.getLong("duration_minutes"), rs.getInt("minimum_minutes"),
                rs.getBoolean("meeting_too_short"), rs.getBoolean("combined_with_thematic"),
                rs.getString("closing_policy_version"));
    }
}
