package vn.chibo.query.indicator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.ReadModelJdbc;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AttendanceRecorded;
import vn.chibo.events.meeting.MeetingContract.MeetingClosed;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingNoticeSent;
import vn.chibo.events.meeting.MeetingContract.MeetingOpened;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.meeting.MeetingContract.QualityRatingVoted;
import vn.chibo.events.meeting.MeetingContract.SpeechGiven;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.petition.PetitionContract.PetitionAnswered;
import vn.chibo.events.petition.PetitionContract.PetitionRaised;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAdopted;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.task.TaskContract.TaskBecameOverdue;
import vn.chibo.events.task.TaskContract.TaskCompleted;
import vn.chibo.events.task.TaskContract.TaskEvaluated;
import vn.chibo.events.task.TaskContract.TaskTransferred;
import vn.chibo.query.projection.BatchWrites;
import vn.chibo.query.projection.ChangeFeed;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.WaitingRoom;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns events into the monthly counters of {@link Indicator}, added to the cell and all its ancestors.
 * Which event counts for which indicator is decided here and nowhere else; an event that arrives
 * before its cell, meeting, task or petition is known waits for it.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class IndicatorCounters {

    /** Domain brief §8, for meetings recorded after the fact, which carry no policy verdict. */
    private static final long DEFAULT_MINIMUM_MINUTES = 90;
    private static final String INCREMENTS = MonthlyIncrements.class.getName();

    private final ReadModelJdbc jdbc;
    private final WaitingRoom waitingRoom;
    private final WaitingRoom.Seat seat;
    private final ChangeFeed changes;
    private final BatchWrites batchWrites;

    IndicatorCounters(ReadModelJdbc jdbc, WaitingRoom waitingRoom, ChangeFeed changes, BatchWrites batchWrites) {
        this.jdbc = jdbc;
        this.batchWrites = batchWrites;
        this.waitingRoom = waitingRoom;
        this.seat = waitingRoom.seat(this);
        this.changes = changes;
        seat.onRelease(MeetingScheduled.class, this::on);
        seat.onRelease(MeetingOpened.class, this::on);
        seat.onRelease(MeetingNoticeSent.class, this::on);
        seat.onRelease(AttendanceRecorded.class, this::on);
        seat.onRelease(SpeechGiven.class, this::on);
        seat.onRelease(QualityRatingVoted.class, this::on);
        seat.onRelease(MeetingClosed.class, this::on);
        seat.onRelease(MeetingHeld.class, this::on);
        seat.onRelease(ResolutionAdopted.class, this::on);
        seat.onRelease(TaskAssigned.class, this::on);
        seat.onRelease(TaskCompleted.class, this::on);
        seat.onRelease(TaskEvaluated.class, this::on);
        seat.onRelease(TaskBecameOverdue.class, this::on);
        seat.onRelease(TaskTransferred.class, this::on);
        seat.onRelease(PetitionRaised.class, this::on);
        seat.onRelease(PetitionAnswered.class, this::on);
    }

    @EventHandler
    void on(MeetingScheduled e) {
        if (seat.admit(e.organisationId(), e)) {
            jdbc.defer("insert into indicator_meeting (meeting_id, cell_id, month) values (?, ?, ?) on conflict do nothing",
                    e.meetingId(), e.organisationId(), monthOf(e.scheduledStart().toLocalDate()));
            waitingRoom.releaseKey(meetingKey(e.meetingId()));
        }
    }

    @EventHandler
    void on(MeetingOpened e) {
        if (knownMeeting(e.meetingId(), e)) {
            jdbc.defer("update indicator_meeting set month = ? where meeting_id = ?", monthOf(e.openedAt().toLocalDate()),
                    e.meetingId());
            if (!e.superiorAttendees().isEmpty()) {
                add(e.organisationId(), e.openedAt().toLocalDate(), Indicator.MEETINGS_WITH_SUPERIOR_ATTENDANCE);
            }
        }
    }

    @EventHandler
    void on(MeetingNoticeSent e) {
        if (seat.admit(e.organisationId(), e)) {
            add(e.organisationId(), e.sentAt().toLocalDate(), Indicator.NOTICES_SENT);
            if (e.late()) {
                add(e.organisationId(), e.sentAt().toLocalDate(), Indicator.NOTICES_LATE);
            }
        }
    }

    @EventHandler
    void on(AttendanceRecorded e) {
        if (!seat.admit(e.organisationId(), e)) {
            return;
        }
        switch (e.status()) {
            case PRESENT -> addAll(e.organisationId(), e.meetingDate(), Indicator.MEMBERS_EXPECTED, Indicator.MEMBERS_PRESENT);
            case ABSENT_WITH_REASON -> addAll(e.organisationId(), e.meetingDate(), Indicator.MEMBERS_EXPECTED,
                    Indicator.ABSENT_WITH_REASON);
            case ABSENT_WITHOUT_REASON -> addAll(e.organisationId(), e.meetingDate(), Indicator.MEMBERS_EXPECTED,
                    Indicator.ABSENT_WITHOUT_REASON);
            default -> {
                // exempt, attached elsewhere, suspended: not expected to attend
            }
        }
    }

    @EventHandler
    void on(SpeechGiven e) {
        var month = meetingMonth(e.meetingId(), e);
        if (month.isPresent() && jdbc.update("insert into indicator_speaker (meeting_id, member_id) values (?, ?) on conflict do nothing",
                e.meetingId(), e.memberId()) == 1) {
            add(e.organisationId(), month.get(), Indicator.SPEAKERS);
        }
    }

    @EventHandler
    void on(QualityRatingVoted e) {
        var month = meetingMonth(e.meetingId(), e);
        if (month.isEmpty()) {
            return;
        }
        Indicator level = switch (e.level()) {
            case GOOD -> Indicator.RATED_GOOD;
            case FAIR -> Indicator.RATED_FAIR;
            case AVERAGE -> Indicator.RATED_AVERAGE;
            case POOR -> Indicator.RATED_POOR;
        };
        add(e.organisationId(), month.get(), level);
    }

    @EventHandler
    void on(MeetingClosed e) {
        if (knownMeeting(e.meetingId(), e)) {
            jdbc.defer("update indicator_meeting set closed = true where meeting_id = ?", e.meetingId());
            if (!e.meetingTooShort()) {
                add(e.organisationId(), e.openedAt().toLocalDate(), Indicator.MEETINGS_AT_MINIMUM_LENGTH);
            }
        }
    }

    @EventHandler
    void on(MeetingHeld e) {
        if (!seat.admit(e.organisationId(), e)) {
            return;
        }
        LocalDate day = e.startedAt().toLocalDate();
        add(e.organisationId(), day, Indicator.MEETINGS_HELD);
        if (e.kind() == MeetingKind.REGULAR) {
            add(e.organisationId(), day, Indicator.REGULAR_MEETINGS_HELD);
        } else if (e.kind() == MeetingKind.THEMATIC) {
            add(e.organisationId(), day, Indicator.THEMATIC_MEETINGS_HELD);
        }
        boolean judgedAtClosing = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from indicator_meeting where meeting_id = ? and closed)", Boolean.class, e.meetingId()));
        if (!judgedAtClosing && Duration.between(e.startedAt(), e.endedAt()).toMinutes() >= DEFAULT_MINIMUM_MINUTES) {
            add(e.organisationId(), day, Indicator.MEETINGS_AT_MINIMUM_LENGTH);
        }
        if (jdbc.update("insert into indicator_cell_month (cell_id, month) values (?, ?) on conflict do nothing",
                e.organisationId(), monthOf(day)) == 1) {
            add(e.organisationId(), day, Indicator.CELLS_MET);
        }
    }

    @EventHandler
    void on(ResolutionAdopted e) {
        if (seat.admit(e.organisationId(), e)) {
            add(e.organisationId(), e.adoptedOn(), Indicator.RESOLUTIONS_ADOPTED);
        }
    }

    @EventHandler
    void on(TaskAssigned e) {
        if (seat.admit(e.organisationId(), e)) {
            jdbc.defer("insert into indicator_task (task_id, cell_id) values (?, ?) on conflict do nothing",
                    e.taskId(), e.organisationId());
            add(e.organisationId(), e.assignedOn(), Indicator.TASKS_ASSIGNED);
            waitingRoom.releaseKey(taskKey(e.taskId()));
        }
    }

    @EventHandler
    void on(TaskCompleted e) {
        taskCell(e.taskId(), e).ifPresent(cell -> add(cell, e.completedOn(), Indicator.TASKS_COMPLETED));
    }

    @EventHandler
    void on(TaskEvaluated e) {
        Indicator outcome = switch (e.outcome()) {
            case DONE -> Indicator.TASKS_DONE;
            case NOT_DONE -> Indicator.TASKS_NOT_DONE;
            case CARRIED_OVER -> Indicator.TASKS_CARRIED_OVER;
        };
        taskCell(e.taskId(), e).ifPresent(cell -> add(cell, e.evaluatedOn(), outcome));
    }

    /** Counts of the task from now on go to the organisation it was handed to. */
    @EventHandler
    void on(TaskTransferred e) {
        taskCell(e.taskId(), e).ifPresent(cell ->
                jdbc.defer("update indicator_task set cell_id = ? where task_id = ?", e.toOrganisationId(), e.taskId()));
    }

    @EventHandler
    void on(TaskBecameOverdue e) {
        taskCell(e.taskId(), e).ifPresent(cell -> add(cell, e.detectedOn(), Indicator.TASKS_OVERDUE));
    }

    @EventHandler
    void on(PetitionRaised e) {
        if (seat.admit(e.cellId(), e)) {
            jdbc.defer("insert into indicator_petition (petition_id, cell_id) values (?, ?) on conflict do nothing",
                    e.petitionId(), e.cellId());
            add(e.cellId(), e.raisedOn(), Indicator.PETITIONS_RAISED);
            waitingRoom.releaseKey(petitionKey(e.petitionId()));
        }
    }

    @EventHandler
    void on(PetitionAnswered e) {
        seat.lookupOrPark(petitionKey(e.petitionId()), e, () -> jdbc.queryForList(
                        "select cell_id from indicator_petition where petition_id = ?", String.class, e.petitionId())
                .stream().findFirst()).ifPresent(cell -> add(cell, e.answeredOn(), Indicator.PETITIONS_ANSWERED));
    }

    private boolean knownMeeting(String meetingId, Object event) {
        return meetingMonth(meetingId, event).isPresent();
    }

    /** The meeting's month; empty, and the event waits for the meeting, if it is not known yet. */
    private Optional<LocalDate> meetingMonth(String meetingId, Object event) {
        return seat.lookupOrPark(meetingKey(meetingId), event, () -> jdbc.queryForList(
                "select month from indicator_meeting where meeting_id = ?", LocalDate.class, meetingId).stream().findFirst());
    }

    /** The task's cell; empty, and the event waits for the task, if it is not known yet. */
    private Optional<String> taskCell(String taskId, Object event) {
        return seat.lookupOrPark(taskKey(taskId), event, () -> jdbc.queryForList(
                "select cell_id from indicator_task where task_id = ?", String.class, taskId).stream().findFirst());
    }

    private void addAll(String cellId, LocalDate day, Indicator... indicators) {
        for (Indicator indicator : indicators) {
            add(cellId, day, indicator);
        }
    }

    /**
     * Adds one to the indicator of the month, for the cell and every ancestor it had in that month's tree
     * (a late event of a month before a move still counts where the cell stood then). Gathered over the
     * batch and written in one statement (see {@link MonthlyIncrements}); a tree change writes it first.
     */
    private void add(String cellId, LocalDate day, Indicator indicator) {
        batchWrites.add(INCREMENTS, () -> new MonthlyIncrements(jdbc, changes), i -> i.add(cellId, monthOf(day), indicator));
        changes.touched(cellId);
    }

    private static LocalDate monthOf(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    private static String meetingKey(String meetingId) {
        return "indicator-meeting:" + meetingId;
    }

    private static String taskKey(String taskId) {
        return "indicator-task:" + taskId;
    }

    private static String petitionKey(String petitionId) {
        return "indicator-petition:" + petitionId;
    }
}
