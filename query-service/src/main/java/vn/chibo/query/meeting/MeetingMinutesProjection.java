package vn.chibo.query.meeting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.ReadModelJdbc;
import vn.chibo.events.meeting.MeetingContract.AgendaItemRecorded;
import vn.chibo.events.meeting.MeetingContract.AttendanceRecorded;
import vn.chibo.events.meeting.MeetingContract.QualityRatingProposed;
import vn.chibo.events.meeting.MeetingContract.QualityRatingVoted;
import vn.chibo.events.meeting.MeetingContract.ResolutionVoted;
import vn.chibo.events.meeting.MeetingContract.SpeechGiven;
import vn.chibo.query.projection.Admission;
import vn.chibo.query.projection.JsonColumns;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.WaitingRoom;

import java.util.List;

/** What the minutes hold: attendance per member, items with task reviews, speeches, votes, the quality rating. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class MeetingMinutesProjection {

    private final ReadModelJdbc jdbc;
    private final Admission admission;
    private final JsonColumns json;

    MeetingMinutesProjection(ReadModelJdbc jdbc, WaitingRoom waitingRoom, Admission admission, JsonColumns json) {
        this.jdbc = jdbc;
        this.admission = admission;
        this.json = json;
        waitingRoom.onRelease(AttendanceRecorded.class, this::on);
        waitingRoom.onRelease(AgendaItemRecorded.class, this::on);
        waitingRoom.onRelease(SpeechGiven.class, this::on);
        waitingRoom.onRelease(ResolutionVoted.class, this::on);
        waitingRoom.onRelease(QualityRatingProposed.class, this::on);
        waitingRoom.onRelease(QualityRatingVoted.class, this::on);
    }

    @EventHandler
    void on(AttendanceRecorded e) {
        if (admission.of(e.organisationId(), e)) {
            jdbc.defer("""
                    insert into meeting_attendance (meeting_id, member_id, position, attendance, reason)
                    values (?, ?, (select count(*) from meeting_attendance where meeting_id = ?), ?, ?)
                    on conflict (meeting_id, member_id) do update
                    set attendance = excluded.attendance, reason = excluded.reason
                    """, e.meetingId(), e.memberId(), e.meetingId(), e.status().name(), e.reason());
        }
    }

    @EventHandler
    void on(AgendaItemRecorded e) {
        if (admission.of(e.organisationId(), e)) {
            jdbc.defer("""
                    insert into meeting_item (meeting_id, item_id, kind, summary, duration_minutes, theme_id,
                                              lead_report_member_id, task_reviews)
                    values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                    """, e.meetingId(), e.itemId(), e.kind().name(), e.summary(), e.durationMinutes(), e.themeId(),
                    e.leadReportMemberId(), json.write(e.taskReviews() == null ? List.of() : e.taskReviews()));
        }
    }

    @EventHandler
    void on(SpeechGiven e) {
        if (admission.of(e.organisationId(), e)) {
            jdbc.defer("""
                    insert into meeting_speech (meeting_id, item_id, item_kind, member_id, gist) values (?, ?, ?, ?, ?)
                    """, e.meetingId(), e.itemId(), e.itemKind().name(), e.memberId(), e.gist());
        }
    }

    @EventHandler
    void on(ResolutionVoted e) {
        if (admission.of(e.organisationId(), e)) {
            jdbc.defer("""
                    insert into meeting_resolution_vote (meeting_id, resolution_id, passed, vote)
                    values (?, ?, ?, cast(? as jsonb))
                    """, e.meetingId(), e.resolutionId(), e.vote().passed(), json.write(e.vote()));
        }
    }

    /** A new proposal replaces a rejected one, with no vote yet. */
    @EventHandler
    void on(QualityRatingProposed e) {
        if (admission.of(e.organisationId(), e)) {
            jdbc.defer("""
                    update meeting set quality_proposed_by = ?, quality_proposed_level = ?,
                           quality_scores = cast(? as jsonb), quality_total_points = ?, quality_policy_version = ?,
                           quality_vote = null, quality_voted_level = null
                    where meeting_id = ?
                    """, e.proposedByMemberId(), e.level().name(), json.write(e.scores()), e.totalPoints(),
                    e.policyVersion(), e.meetingId());
        }
    }

    /** The session is rated at the voted level only when the vote passed. */
    @EventHandler
    void on(QualityRatingVoted e) {
        if (admission.of(e.organisationId(), e)) {
            jdbc.defer("update meeting set quality_vote = cast(? as jsonb), quality_voted_level = ? where meeting_id = ?",
                    json.write(e.vote()), e.vote().passed() ? e.level().name() : null, e.meetingId());
        }
    }
}
