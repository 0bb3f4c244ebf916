package vn.chibo.query.meeting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.ReadModelJdbc;
import vn.chibo.events.meeting.MeetingContract.AgendaAdopted;
import vn.chibo.events.meeting.MeetingContract.MeetingClosed;
import vn.chibo.events.meeting.MeetingContract.MeetingContentApproved;
import vn.chibo.events.meeting.MeetingContract.MeetingNoticeSent;
import vn.chibo.events.meeting.MeetingContract.MeetingOpened;
import vn.chibo.events.meeting.MeetingContract.MinutesSigned;
import vn.chibo.events.meeting.MeetingContract.RosterMember;
import vn.chibo.query.projection.Admission;
import vn.chibo.query.projection.JsonColumns;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.WaitingRoom;

import java.util.List;

/** The steps of a meeting's lifecycle, each recorded on the meeting with the stage it reached. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class MeetingStepsProjection {

    private final ReadModelJdbc jdbc;
    private final Admission admission;
    private final JsonColumns json;

    MeetingStepsProjection(ReadModelJdbc jdbc, WaitingRoom waitingRoom, Admission admission, JsonColumns json) {
        this.jdbc = jdbc;
        this.admission = admission;
        this.json = json;
        waitingRoom.onRelease(MeetingContentApproved.class, this::on);
        waitingRoom.onRelease(MeetingNoticeSent.class, this::on);
        waitingRoom.onRelease(MeetingOpened.class, this::on);
        waitingRoom.onRelease(AgendaAdopted.class, this::on);
        waitingRoom.onRelease(MinutesSigned.class, this::on);
        waitingRoom.onRelease(MeetingClosed.class, this::on);
    }

    @EventHandler
    void on(MeetingContentApproved e) {
        if (admission.of(e.organisationId(), e)) {
            jdbc.defer("""
                    update meeting set stage = 'CONTENT_APPROVED', content_approved_on = ?, content_approved_at = ?,
                           content = ?, draft_resolution = ?, combined_with_thematic = ?
                    where meeting_id = ?
                    """, e.approvedOn(), e.approvedAtMeetingId(), e.content(), e.draftResolution(),
                    e.combinedWithThematic(), e.meetingId());
        }
    }

    @EventHandler
    void on(MeetingNoticeSent e) {
        if (admission.of(e.organisationId(), e)) {
            jdbc.defer("""
                    update meeting set stage = 'NOTICE_SENT', notice_sent_at = ?, superior_monitor = cast(? as jsonb),
                           notice_days_ahead = ?, notice_required_days = ?, notice_late = ?, notice_late_by_days = ?,
                           notice_policy_version = ?
                    where meeting_id = ?
                    """, e.sentAt(), json.write(e.superiorMonitor()), e.daysAhead(), e.requiredDaysAhead(), e.late(),
                    e.lateByDays(), e.policyVersion(), e.meetingId());
        }
    }

    /** The roster taken at the opening becomes the meeting's attendance list, to be filled in. */
    @EventHandler
    void on(MeetingOpened e) {
        if (!admission.of(e.organisationId(), e)) {
            return;
        }
        jdbc.defer("""
                update meeting set stage = 'OPENED', opened_at = ?, chair_member_id = ?, minutes_taker_member_id = ?,
                       purpose = ?, guests = cast(? as jsonb), superior_attendees = cast(? as jsonb)
                where meeting_id = ?
                """, e.openedAt(), e.chairMemberId(), e.minutesTakerMemberId(), e.purpose(), json.write(e.guests()),
                json.write(e.superiorAttendees()), e.meetingId());
        List<RosterMember> roster = e.roster() == null ? List.of() : e.roster();
        for (int i = 0; i < roster.size(); i++) {
            RosterMember member = roster.get(i);
            jdbc.defer("""
                    insert into meeting_attendance (meeting_id, member_id, position, membership_status, role, exempt)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (meeting_id, member_id) do update set position = excluded.position,
                        membership_status = excluded.membership_status, role = excluded.role, exempt = excluded.exempt
                    """, e.meetingId(), member.memberId(), i, name(member.status()), name(member.role()),
                    member.exempt());
        }
    }

    @EventHandler
    void on(AgendaAdopted e) {
        if (admission.of(e.organisationId(), e)) {
            jdbc.defer("update meeting set stage = 'AGENDA_ADOPTED', agenda = cast(? as jsonb) where meeting_id = ?",
                    json.write(e.items()), e.meetingId());
        }
    }

    @EventHandler
    void on(MinutesSigned e) {
        if (admission.of(e.organisationId(), e)) {
            jdbc.defer("""
                    update meeting set stage = 'MINUTES_SIGNED', minutes_read_back_at = ?, minutes_chair_member_id = ?,
                           minutes_taker_signed_id = ?
                    where meeting_id = ?
                    """, e.readBackAt(), e.chairMemberId(), e.minutesTakerMemberId(), e.meetingId());
        }
    }

    @EventHandler
    void on(MeetingClosed e) {
        if (admission.of(e.organisationId(), e)) {
            jdbc.defer("""
                    update meeting set stage = 'CLOSED', closed_at = ?, duration_minutes = ?, minimum_minutes = ?,
                           meeting_too_short = ?, combined_with_thematic = ?, closing_policy_version = ?
                    where meeting_id = ?
                    """, e.endedAt(), e.durationMinutes(), e.minimumMinutes(), e.meetingTooShort(),
                    e.combinedWithThematic(), e.policyVersion(), e.meetingId());
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
