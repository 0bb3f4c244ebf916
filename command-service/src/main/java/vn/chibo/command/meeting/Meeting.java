package vn.chibo.command.meeting;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.OrganisationDirectory;
import vn.chibo.command.policy.PolicyBook;
import vn.chibo.command.policy.PolicyBook.InForce;
import vn.chibo.events.meeting.MeetingContract.AdoptAgenda;
import vn.chibo.events.meeting.MeetingContract.AgendaAdopted;
import vn.chibo.events.meeting.MeetingContract.AgendaItemRecorded;
import vn.chibo.events.meeting.MeetingContract.ApproveMeetingContent;
import vn.chibo.events.meeting.MeetingContract.AttendanceRecorded;
import vn.chibo.events.meeting.MeetingContract.CloseMeeting;
import vn.chibo.events.meeting.MeetingContract.MeetingClosed;
import vn.chibo.events.meeting.MeetingContract.MeetingContentApproved;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingNoticeSent;
import vn.chibo.events.meeting.MeetingContract.MeetingOpened;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.meeting.MeetingContract.MinutesSigned;
import vn.chibo.events.meeting.MeetingContract.OpenMeeting;
import vn.chibo.events.meeting.MeetingContract.Person;
import vn.chibo.events.meeting.MeetingContract.ProposeQualityRating;
import vn.chibo.events.meeting.MeetingContract.QualityRatingProposed;
import vn.chibo.events.meeting.MeetingContract.QualityRatingVoted;
import vn.chibo.events.meeting.MeetingContract.RecordAgendaItem;
import vn.chibo.events.meeting.MeetingContract.RecordAttendance;
import vn.chibo.events.meeting.MeetingContract.RecordMeetingHeld;
import vn.chibo.events.meeting.MeetingContract.RecordSpeech;
import vn.chibo.events.meeting.MeetingContract.ResolutionVoted;
import vn.chibo.events.meeting.MeetingContract.RosterMember;
import vn.chibo.events.meeting.MeetingContract.ScheduleMeeting;
import vn.chibo.events.meeting.MeetingContract.SendMeetingNotice;
import vn.chibo.events.meeting.MeetingContract.SignMinutes;
import vn.chibo.events.meeting.MeetingContract.SpeechGiven;
import vn.chibo.events.meeting.MeetingContract.VoteOnQualityRating;
import vn.chibo.events.meeting.MeetingContract.VoteOnResolution;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.member.CellRole;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Buổi sinh hoạt chi bộ — one meeting of a cell, from its scheduling through its preparation, the
 * session itself and its minutes to its closing (domain brief §3, §8). Each step must follow the one
 * before; the session's rules read the roster the meeting took when it opened.
 */
@Aggregate(cache = "aggregateCache")
public class Meeting {

    @AggregateIdentifier
    private String meetingId;
    private String organisationId;
    private MeetingKind kind;
    private LocalDateTime scheduledStart;
    private LocalDateTime heldAt;
    private Stage stage = Stage.SCHEDULED;
    private LocalDate contentApprovedOn;
    private boolean combinedWithThematic;
    private LocalDateTime noticeSentAt;
    private LocalDateTime openedAt;
    private String chairMemberId;
    private String minutesTakerMemberId;
    private final Set<String> otherAttendees = new HashSet<>();
    private final Attendance attendance = new Attendance();
    private final Agenda agenda = new Agenda();
    private final Set<String> adoptedResolutions = new HashSet<>();
    private QualityLevel proposedLevel;
    private QualityLevel ratedLevel;
    private LocalDateTime readBackAt;

    protected Meeting() {
        // for Axon
    }

    @CommandHandler
    public Meeting(ScheduleMeeting command, OrganisationDirectory directory) {
        var organisation = directory.find(command.organisationId())
                .orElseThrow(() -> new RuleViolation("meeting.organisation-unknown", command.organisationId()));
        if (!organisation.isCell()) {
            throw new RuleViolation("meeting.not-a-cell", organisation.name());
        }
        apply(new MeetingScheduled(command.meetingId(), command.organisationId(), command.kind(),
                command.scheduledStart(), command.place().strip()));
    }

    /** The shortcut for a past meeting recorded after the fact, without its steps. */
    @CommandHandler
    public void handle(RecordMeetingHeld command, Clock clock) {
        requireNotHeld();
        if (!stage.isBefore(Stage.OPENED)) {
            throw new RuleViolation("meeting.in-progress", openedAt);
        }
        if (!command.endedAt().isAfter(command.startedAt())) {
            throw new RuleViolation("meeting.ends-before-start", command.startedAt(), command.endedAt());
        }
        if (command.startedAt().isAfter(LocalDateTime.now(clock))) {
            throw new RuleViolation("meeting.held-in-future", command.startedAt());
        }
        apply(new MeetingHeld(meetingId, organisationId, kind, command.startedAt(), command.endedAt()));
    }

    // --- preparation ---

    @CommandHandler
    public void handle(ApproveMeetingContent command, Clock clock) {
        requireNotHeld();
        if (stage != Stage.SCHEDULED) {
            throw new RuleViolation("meeting.content-already-approved", contentApprovedOn);
        }
        if (command.approvedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("meeting.approved-in-future", command.approvedOn());
        }
        if (command.approvedOn().isAfter(scheduledStart.toLocalDate())) {
            throw new RuleViolation("meeting.approved-after-meeting", command.approvedOn(), scheduledStart.toLocalDate());
        }
        if (command.combinedWithThematic() && kind != MeetingKind.REGULAR) {
            throw new RuleViolation("meeting.only-regular-combines-thematic", kind);
        }
        apply(new MeetingContentApproved(meetingId, organisationId, command.approvedOn(), command.approvedAtMeetingId(),
                command.content().strip(), stripped(command.draftResolution()), command.combinedWithThematic()));
    }

    /** A late notice is accepted: the event says by how many days it fell short of the policy's lead time. */
    @CommandHandler
    public void handle(SendMeetingNotice command, Clock clock, PolicyBook policies) {
        requireNotHeld();
        if (stage == Stage.SCHEDULED) {
            throw new RuleViolation("meeting.content-not-approved");
        }
        if (stage.isAfter(Stage.CONTENT_APPROVED)) {
            throw new RuleViolation("meeting.notice-already-sent", noticeSentAt);
        }
        LocalDateTime sentAt = command.sentAt();
        requireNotFuture(sentAt, clock, "meeting.notice-in-future");
        if (sentAt.toLocalDate().isBefore(contentApprovedOn)) {
            throw new RuleViolation("meeting.notice-before-approval", sentAt, contentApprovedOn);
        }
        if (!sentAt.isBefore(scheduledStart)) {
            throw new RuleViolation("meeting.notice-after-start", sentAt, scheduledStart);
        }
        InForce policy = policies.inForce(organisationId, scheduledStart.toLocalDate());
        int required = policy.thresholds().noticeLeadDays();
        int daysAhead = (int) ChronoUnit.DAYS.between(sentAt.toLocalDate(), scheduledStart.toLocalDate());
        int lateBy = Math.max(0, required - daysAhead);
        apply(new MeetingNoticeSent(meetingId, organisationId, sentAt, command.superiorMonitor(), daysAhead, required,
                lateBy > 0, lateBy, policy.version()));
    }

    // --- the session ---

    @CommandHandler
    public void handle(OpenMeeting command, MeetingRoster rosters, Clock clock) {
        requireNotHeld();
        if (stage.isBefore(Stage.NOTICE_SENT)) {
            throw new RuleViolation("meeting.notice-not-sent");
        }
        if (stage.isAfter(Stage.NOTICE_SENT)) {
            throw new RuleViolation("meeting.already-opened", openedAt);
        }
        requireNotFuture(command.openedAt(), clock, "meeting.opened-in-future");
        if (command.openedAt().isBefore(noticeSentAt)) {
            throw new RuleViolation("meeting.opened-before-notice", command.openedAt(), noticeSentAt);
        }
        if (command.chairMemberId().equals(command.minutesTakerMemberId())) {
            throw new RuleViolation("meeting.chair-takes-no-minutes", command.chairMemberId());
        }
        List<RosterMember> roster = rosters.snapshot(organisationId, kind, command.openedAt().toLocalDate());
        if (roster.isEmpty()) {
            throw new RuleViolation("meeting.roster-empty", organisationId, command.openedAt().toLocalDate());
        }
        requireOnRoster(roster, command.chairMemberId(), "meeting.chair-not-in-cell");
        requireOnRoster(roster, command.minutesTakerMemberId(), "meeting.minutes-taker-not-in-cell");
        apply(new MeetingOpened(meetingId, organisationId, kind, command.openedAt(), command.chairMemberId(),
                command.minutesTakerMemberId(), stripped(command.purpose()), orEmpty(command.guests()),
                orEmpty(command.superiorAttendees()), roster));
    }

    @CommandHandler
    public void handle(RecordAttendance command) {
        requireNotHeld();
        if (stage.isBefore(Stage.OPENED)) {
            throw new RuleViolation("meeting.not-opened");
        }
        if (stage.isAfter(Stage.OPENED)) {
            throw new RuleViolation("meeting.attendance-closed");
        }
        attendance.check(command.entries(), Set.of(chairMemberId, minutesTakerMemberId));
        command.entries().forEach(e -> apply(new AttendanceRecorded(meetingId, organisationId, kind,
                openedAt.toLocalDate(), e.memberId(), e.status(), stripped(e.reason()))));
    }

    @CommandHandler
    public void handle(AdoptAgenda command) {
        requireNotHeld();
        if (stage.isBefore(Stage.OPENED)) {
            throw new RuleViolation("meeting.not-opened");
        }
        if (stage.isAfter(Stage.OPENED)) {
            throw new RuleViolation("meeting.agenda-already-adopted");
        }
        if (!attendance.missing().isEmpty()) {
            throw new RuleViolation("meeting.attendance-incomplete", String.join(", ", attendance.missing()));
        }
        Agenda.checkAdoption(command.items(), thematicSession(), kind);
        apply(new AgendaAdopted(meetingId, organisationId, List.copyOf(command.items())));
    }

    @CommandHandler
    public void handle(RecordAgendaItem command) {
        requireInSession();
        agenda.check(command, openedAt.toLocalDate(), id -> attendance.member(id).isPresent());
        apply(new AgendaItemRecorded(meetingId, organisationId, command.itemId(), command.kind(),
                command.summary().strip(), command.durationMinutes(), orEmpty(command.taskReviews()),
                command.themeId(), command.leadReportMemberId()));
    }

    /** Members of the cell speak when present; members of the superior committee and guests named with an id may speak too. */
    @CommandHandler
    public void handle(RecordSpeech command) {
        requireInSession();
        var itemKind = agenda.kindOf(command.itemId())
                .orElseThrow(() -> new RuleViolation("meeting.item-unknown", command.itemId()));
        String speaker = command.memberId();
        if (attendance.member(speaker).isPresent()) {
            if (!attendance.isPresent(speaker)) {
                throw new RuleViolation("meeting.speaker-absent", speaker, attendance.of(speaker).orElseThrow());
            }
        } else if (!otherAttendees.contains(speaker)) {
            throw new RuleViolation("meeting.speaker-not-attending", speaker);
        }
        apply(new SpeechGiven(meetingId, organisationId, speaker, command.itemId(), itemKind, command.gist().strip()));
    }

    // --- decisions ---

    @CommandHandler
    public void handle(VoteOnResolution command) {
        requireInSession();
        if (proposedLevel != null || ratedLevel != null) {
            throw new RuleViolation("meeting.resolution-vote-after-rating");
        }
        if (adoptedResolutions.contains(command.resolutionId())) {
            throw new RuleViolation("meeting.resolution-already-adopted", command.resolutionId());
        }
        apply(new ResolutionVoted(meetingId, organisationId, command.resolutionId(),
                VotingRule.judge(command.votes(), attendance.forVote())));
    }

    @CommandHandler
    public void handle(ProposeQualityRating command, PolicyBook policies) {
        requireInSession();
        if (ratedLevel != null) {
            throw new RuleViolation("meeting.quality-already-rated", ratedLevel);
        }
        if (proposedLevel != null) {
            throw new RuleViolation("meeting.quality-proposal-pending", proposedLevel);
        }
        if (isCellMeeting() && adoptedResolutions.isEmpty()) {
            throw new RuleViolation("meeting.no-resolution-adopted");
        }
        requireSecretaryPresent(command.proposedByMemberId());
        InForce policy = policies.inForce(organisationId, openedAt.toLocalDate());
        var scores = orEmpty(command.scores());
        Integer total = QualityScoring.check(command.level(), scores, policy);
        apply(new QualityRatingProposed(meetingId, organisationId, command.proposedByMemberId(), command.level(),
                scores, total, policy.version()));
    }

    @CommandHandler
    public void handle(VoteOnQualityRating command) {
        requireInSession();
        if (ratedLevel != null) {
            throw new RuleViolation("meeting.quality-already-rated", ratedLevel);
        }
        if (proposedLevel == null) {
            throw new RuleViolation("meeting.no-quality-proposal");
        }
        apply(new QualityRatingVoted(meetingId, organisationId, proposedLevel,
                VotingRule.judge(command.votes(), attendance.forVote())));
    }

    // --- closing ---

    @CommandHandler
    public void handle(SignMinutes command, Clock clock) {
        requireInSession();
        if (isCellMeeting() && ratedLevel == null) {
            throw new RuleViolation("meeting.quality-not-rated");
        }
        requireNotFuture(command.readBackAt(), clock, "meeting.read-back-in-future");
        if (command.readBackAt().isBefore(openedAt)) {
            throw new RuleViolation("meeting.read-back-before-opening", command.readBackAt(), openedAt);
        }
        apply(new MinutesSigned(meetingId, organisationId, command.readBackAt(), chairMemberId, minutesTakerMemberId));
    }

    /** A meeting shorter than the policy's minimum closes all the same; the event records that it was short. */
    @CommandHandler
    public void handle(CloseMeeting command, Clock clock, PolicyBook policies) {
        requireNotHeld();
        if (stage.isBefore(Stage.MINUTES_SIGNED)) {
            throw new RuleViolation("meeting.minutes-not-signed");
        }
        LocalDateTime endedAt = command.endedAt();
        requireNotFuture(endedAt, clock, "meeting.closed-in-future");
        if (endedAt.isBefore(readBackAt)) {
            throw new RuleViolation("meeting.closed-before-read-back", endedAt, readBackAt);
        }
        if (!endedAt.isAfter(openedAt)) {
            throw new RuleViolation("meeting.ends-before-start", openedAt, endedAt);
        }
        InForce policy = policies.inForce(organisationId, openedAt.toLocalDate());
        int minimum = minimumMinutes(policy);
        long duration = ChronoUnit.MINUTES.between(openedAt, endedAt);
        apply(new MeetingClosed(meetingId, organisationId, kind, openedAt, endedAt, duration, minimum,
                duration < minimum, combinedWithThematic, policy.version()));
        apply(new MeetingHeld(meetingId, organisationId, kind, openedAt, endedAt));
    }

    // --- rules shared by the steps ---

    private void requireNotHeld() {
        if (heldAt != null) {
            throw new RuleViolation("meeting.already-held", heldAt.toLocalDate());
        }
    }

    /** Between the adopted agenda and the signed minutes: items, speeches, votes, the rating. */
    private void requireInSession() {
        requireNotHeld();
        if (stage.isBefore(Stage.OPENED)) {
            throw new RuleViolation("meeting.not-opened");
        }
        if (stage == Stage.OPENED) {
            List<String> missing = attendance.missing();
            if (!missing.isEmpty()) {
                throw new RuleViolation("meeting.attendance-not-taken", String.join(", ", missing));
            }
            throw new RuleViolation("meeting.agenda-not-adopted");
        }
        if (stage.isAfter(Stage.AGENDA_ADOPTED)) {
            throw new RuleViolation("meeting.minutes-already-signed");
        }
    }

    private void requireSecretaryPresent(String memberId) {
        CellRole role = attendance.member(memberId).map(RosterMember::role).orElse(null);
        boolean secretary = role == CellRole.SECRETARY || role == CellRole.DEPUTY_SECRETARY
                || memberId.equals(chairMemberId);
        if (!secretary) {
            throw new RuleViolation("meeting.proposer-not-secretary", memberId);
        }
        if (!attendance.isPresent(memberId)) {
            throw new RuleViolation("meeting.proposer-absent", memberId);
        }
    }

    private static void requireNotFuture(LocalDateTime time, Clock clock, String rule) {
        if (time.isAfter(LocalDateTime.now(clock))) {
            throw new RuleViolation(rule, time);
        }
    }

    private static void requireOnRoster(List<RosterMember> roster, String memberId, String rule) {
        if (roster.stream().noneMatch(m -> m.memberId().equals(memberId))) {
            throw new RuleViolation(rule, memberId);
        }
    }

    /**
     * Regular and thematic meetings adopt a resolution or conclusion and are rated; cell-committee and
     * extraordinary meetings need not.
     */
    private boolean isCellMeeting() {
        return kind == MeetingKind.REGULAR || kind == MeetingKind.THEMATIC;
    }

    private boolean thematicSession() {
        return kind == MeetingKind.THEMATIC || combinedWithThematic;
    }

    private int minimumMinutes(InForce policy) {
        if (kind == MeetingKind.CELL_COMMITTEE) {
            return 0;
        }
        var thresholds = policy.thresholds();
        return combinedWithThematic ? thresholds.combinedMeetingMinutes() : thresholds.minimumMeetingMinutes();
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    // --- state ---

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        meetingId = event.meetingId();
        organisationId = event.organisationId();
        kind = event.kind();
        scheduledStart = event.scheduledStart();
    }

    @EventSourcingHandler
    void on(MeetingContentApproved event) {
        stage = Stage.CONTENT_APPROVED;
        contentApprovedOn = event.approvedOn();
        combinedWithThematic = event.combinedWithThematic();
    }

    @EventSourcingHandler
    void on(MeetingNoticeSent event) {
        stage = Stage.NOTICE_SENT;
        noticeSentAt = event.sentAt();
    }

    @EventSourcingHandler
    void on(MeetingOpened event) {
        stage = Stage.OPENED;
        openedAt = event.openedAt();
        chairMemberId = event.chairMemberId();
        minutesTakerMemberId = event.minutesTakerMemberId();
        attendance.take(event.roster());
        event.guests().stream().map(Person::memberId).filter(Objects::nonNull).forEach(otherAttendees::add);
        event.superiorAttendees().stream().map(Person::memberId).filter(Objects::nonNull).forEach(otherAttendees::add);
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        attendance.record(event.memberId(), event.status());
    }

    @EventSourcingHandler
    void on(AgendaAdopted event) {
        stage = Stage.AGENDA_ADOPTED;
        agenda.adopt(event.items());
    }

    @EventSourcingHandler
    void on(AgendaItemRecorded event) {
        agenda.record(event);
    }

    @EventSourcingHandler
    void on(ResolutionVoted event) {
        if (event.vote().passed()) {
            adoptedResolutions.add(event.resolutionId());
        }
    }

    @EventSourcingHandler
    void on(QualityRatingProposed event) {
        proposedLevel = event.level();
    }

    @EventSourcingHandler
    void on(QualityRatingVoted event) {
        proposedLevel = null;
        if (event.vote().passed()) {
            ratedLevel = event.level();
        }
    }

    @EventSourcingHandler
    void on(MinutesSigned event) {
        stage = Stage.MINUTES_SIGNED;
        readBackAt = event.readBackAt();
    }

    @EventSourcingHandler
    void on(MeetingClosed event) {
        stage = Stage.CLOSED;
    }

    @EventSourcingHandler
    void on(MeetingHeld event) {
        heldAt = event.startedAt();
    }
}
