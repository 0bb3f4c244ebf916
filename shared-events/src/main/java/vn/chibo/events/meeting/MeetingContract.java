package vn.chibo.events.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.chibo.events.Ids;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MembershipStatus;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Sinh hoạt chi bộ — a cell meeting. Times are local to Vietnam (Asia/Ho_Chi_Minh), as the
 * minutes write them. The lifecycle (domain brief §3, §8): scheduled, content approved, notice sent,
 * opened, attendance, agenda, items and speeches, votes, quality rating, minutes signed, closed.
 * {@link RecordMeetingHeld} stays as the shortcut for a past meeting recorded after the fact.
 */
public final class MeetingContract {

    private MeetingContract() {
    }

    // --- commands ---

    public record ScheduleMeeting(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String organisationId,
            @NotNull MeetingKind kind,
            @NotNull LocalDateTime scheduledStart,
            @NotBlank @Size(max = 300) String place) {
    }

    /** Records that a scheduled meeting took place, from its opening to its closing. */
    public record RecordMeetingHeld(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotNull LocalDateTime startedAt,
            @NotNull LocalDateTime endedAt) {
    }

    /**
     * Nội dung và dự thảo nghị quyết được chi ủy thông qua. {@code combinedWithThematic}: the regular
     * meeting and the quarter's thematic meeting are held in one session (the longer minimum applies).
     */
    public record ApproveMeetingContent(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotNull LocalDate approvedOn,
            @Pattern(regexp = Ids.PATTERN) String approvedAtMeetingId,
            @NotBlank @Size(max = 4000) String content,
            @Size(max = 4000) String draftResolution,
            boolean combinedWithThematic) {
    }

    /** Thông báo: time, place and content sent to the members and to the monitoring member of the superior committee. */
    public record SendMeetingNotice(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotNull LocalDateTime sentAt,
            @Valid Person superiorMonitor) {
    }

    /** Khai mạc: who chairs, who takes the minutes, who came as guests or from the superior committee. */
    public record OpenMeeting(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotNull LocalDateTime openedAt,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String chairMemberId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String minutesTakerMemberId,
            @Size(max = 1000) String purpose,
            @Size(max = 50) List<@Valid @NotNull Person> guests,
            @Size(max = 50) List<@Valid @NotNull Person> superiorAttendees) {
    }

    /** Điểm danh: the attendance of some or all members of the roster taken at the opening. */
    public record RecordAttendance(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull MemberAttendance> entries) {
    }

    public record MemberAttendance(
            @NotBlank @Pattern(regexp = Ids.PATTERN) String memberId,
            @NotNull AttendanceStatus status,
            @Size(max = 500) String reason) {
    }

    /** Thông qua chương trình: the items of the meeting, in their order. */
    public record AdoptAgenda(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotEmpty @Size(max = 30) List<@NotNull AgendaItemKind> items) {
    }

    /**
     * One item as the minutes record it. A review of the previous resolution lists its tasks; a theme
     * names the planned theme; a lead report names its author and the planned theme.
     */
    public record RecordAgendaItem(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String itemId,
            @NotNull AgendaItemKind kind,
            @NotBlank @Size(max = 4000) String summary,
            @Min(1) @Max(600) Integer durationMinutes,
            @Size(max = 100) List<@Valid @NotNull TaskReview> taskReviews,
            @Pattern(regexp = Ids.PATTERN) String themeId,
            @Pattern(regexp = Ids.PATTERN) String leadReportMemberId) {
    }

    /** A task of the previous resolution as reviewed: a reason when not done, a new deadline when carried over. */
    public record TaskReview(
            @NotBlank @Pattern(regexp = Ids.PATTERN) String taskId,
            @NotNull TaskReviewOutcome outcome,
            @Size(max = 1000) String reason,
            LocalDate newDeadline) {
    }

    /** Phát biểu: who spoke on which recorded item, and the gist. */
    public record RecordSpeech(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String memberId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String itemId,
            @NotBlank @Size(max = 4000) String gist) {
    }

    /** Biểu quyết nghị quyết hoặc kết luận; the resolution itself (text, tasks) is recorded by the resolution feature. */
    public record VoteOnResolution(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String resolutionId,
            @NotNull @Valid Votes votes) {
    }

    /** Counts of a show of hands, and optionally who voted (official members present). */
    public record Votes(
            @Min(0) @Max(10000) int votesFor,
            @Min(0) @Max(10000) int votesAgainst,
            @Min(0) @Max(10000) int abstentions,
            @Size(max = 10000) List<@NotBlank @Pattern(regexp = Ids.PATTERN) String> voterIds) {
    }

    /** The secretary proposes the session's quality level, optionally with the points per criterion of the scoring sheet. */
    public record ProposeQualityRating(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String proposedByMemberId,
            @NotNull QualityLevel level,
            @Size(max = 30) List<@Valid @NotNull CriterionScore> scores) {
    }

    public record CriterionScore(
            @NotBlank @Pattern(regexp = Ids.PATTERN) String code,
            @Min(0) @Max(100) int points) {
    }

    /** The cell votes on the proposed quality level. */
    public record VoteOnQualityRating(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotNull @Valid Votes votes) {
    }

    /** Biên bản được đọc lại và ký (chủ trì, thư ký). */
    public record SignMinutes(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotNull LocalDateTime readBackAt) {
    }

    /** Bế mạc, with the end time. */
    public record CloseMeeting(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotNull LocalDateTime endedAt) {
    }

    /** A person the minutes name who need not be a member of the cell: a guest, a member of the superior committee. */
    public record Person(
            @Pattern(regexp = Ids.PATTERN) String memberId,
            @NotBlank @Size(max = 200) String fullName,
            @Size(max = 200) String position) {
    }

    /**
     * A vote as the minutes record it. {@code membersCounted}: the official members the majority is
     * reckoned on (domain brief §8); the motion passed when more than half of them voted for it.
     */
    public record VoteResult(
            int votesFor,
            int votesAgainst,
            int abstentions,
            List<String> voterIds,
            int officialMembersPresent,
            int membersCounted,
            boolean passed) {
    }

    /** A member of the cell as the roster stood when the meeting opened. */
    public record RosterMember(
            String memberId,
            MembershipStatus status,
            CellRole role,
            boolean exempt) {
    }

    // --- events ---

    @Revision("1")
    public record MeetingScheduled(
            String meetingId,
            String organisationId,
            MeetingKind kind,
            LocalDateTime scheduledStart,
            String place) {
    }

    @Revision("1")
    public record MeetingHeld(
            String meetingId,
            String organisationId,
            MeetingKind kind,
            LocalDateTime startedAt,
            LocalDateTime endedAt) {
    }

    @Revision("1")
    public record MeetingContentApproved(
            String meetingId,
            String organisationId,
            LocalDate approvedOn,
            String approvedAtMeetingId,
            String content,
            String draftResolution,
            boolean combinedWithThematic) {
    }

    /**
     * {@code daysAhead}: calendar days between the notice and the meeting; {@code lateByDays}: how many
     * days short of the policy's lead time (0 when on time).
     */
    @Revision("1")
    public record MeetingNoticeSent(
            String meetingId,
            String organisationId,
            LocalDateTime sentAt,
            Person superiorMonitor,
            int daysAhead,
            int requiredDaysAhead,
            boolean late,
            int lateByDays,
            String policyVersion) {
    }

    /** The opening, with the cell's roster on that day: the members whose attendance the meeting takes. */
    @Revision("1")
    public record MeetingOpened(
            String meetingId,
            String organisationId,
            MeetingKind kind,
            LocalDateTime openedAt,
            String chairMemberId,
            String minutesTakerMemberId,
            String purpose,
            List<Person> guests,
            List<Person> superiorAttendees,
            List<RosterMember> roster) {
    }

    @Revision("1")
    public record AttendanceRecorded(
            String meetingId,
            String organisationId,
            MeetingKind kind,
            LocalDate meetingDate,
            String memberId,
            AttendanceStatus status,
            String reason) {
    }

    @Revision("1")
    public record AgendaAdopted(
            String meetingId,
            String organisationId,
            List<AgendaItemKind> items) {
    }

    @Revision("1")
    public record AgendaItemRecorded(
            String meetingId,
            String organisationId,
            String itemId,
            AgendaItemKind kind,
            String summary,
            Integer durationMinutes,
            List<TaskReview> taskReviews,
            String themeId,
            String leadReportMemberId) {
    }

    @Revision("1")
    public record SpeechGiven(
            String meetingId,
            String organisationId,
            String memberId,
            String itemId,
            AgendaItemKind itemKind,
            String gist) {
    }

    @Revision("1")
    public record ResolutionVoted(
            String meetingId,
            String organisationId,
            String resolutionId,
            VoteResult vote) {
    }

    /** {@code totalPoints} is null when the level was proposed without points. */
    @Revision("1")
    public record QualityRatingProposed(
            String meetingId,
            String organisationId,
            String proposedByMemberId,
            QualityLevel level,
            List<CriterionScore> scores,
            Integer totalPoints,
            String policyVersion) {
    }

    @Revision("1")
    public record QualityRatingVoted(
            String meetingId,
            String organisationId,
            QualityLevel level,
            VoteResult vote) {
    }

    @Revision("1")
    public record MinutesSigned(
            String meetingId,
            String organisationId,
            LocalDateTime readBackAt,
            String chairMemberId,
            String minutesTakerMemberId) {
    }

    /**
     * The closing. {@code meetingTooShort} when it lasted less than {@code minimumMinutes} of the policy
     * in force (the combined minimum when the thematic meeting shared the session); a cell-committee
     * meeting has no minimum (0). {@link MeetingHeld} follows it for the read models.
     */
    @Revision("1")
    public record MeetingClosed(
            String meetingId,
            String organisationId,
            MeetingKind kind,
            LocalDateTime openedAt,
            LocalDateTime endedAt,
            long durationMinutes,
            int minimumMinutes,
            boolean meetingTooShort,
            boolean combinedWithThematic,
            String policyVersion) {
    }

    // --- views ---

    /**
     * Meetings held in a month by an organisation's whole subtree: how many meetings, and how many
     * of its cells met at least once.
     */
    public record MonthlyMeetings(
            String organisationId,
            YearMonth month,
            long meetingsHeld,
            long cellsMet,
            long cells) {
    }

    /** A meeting on the calendar: where its record stands and the flags an officer looks for. */
    public record CalendarEntry(
            String meetingId,
            String organisationId,
            String organisationName,
            MeetingKind kind,
            LocalDateTime scheduledStart,
            String place,
            MeetingStage stage,
            LocalDateTime startedAt,
            LocalDateTime endedAt,
            Boolean noticeLate,
            Boolean meetingTooShort,
            QualityLevel qualityLevel) {
    }

    /**
     * A meeting's full record as far as it has gone: each part is null (or empty) until its step is
     * recorded. {@code startedAt}/{@code endedAt} come from {@link MeetingHeld}, whichever way it was held.
     */
    public record MeetingRecord(
            String meetingId,
            String organisationId,
            String organisationName,
            MeetingKind kind,
            LocalDateTime scheduledStart,
            String place,
            MeetingStage stage,
            ContentApproval content,
            Notice notice,
            Opening opening,
            List<AttendanceEntry> attendance,
            List<AgendaItemKind> agenda,
            List<ItemRecord> items,
            List<ResolutionVote> resolutionVotes,
            QualityRating qualityRating,
            Minutes minutes,
            Closing closing,
            LocalDateTime startedAt,
            LocalDateTime endedAt) {
    }

    public record ContentApproval(
            LocalDate approvedOn,
            String approvedAtMeetingId,
            String content,
            String draftResolution,
            boolean combinedWithThematic) {
    }

    public record Notice(
            LocalDateTime sentAt,
            Person superiorMonitor,
            int daysAhead,
            int requiredDaysAhead,
            boolean late,
            int lateByDays,
            String policyVersion) {
    }

    public record Opening(
            LocalDateTime openedAt,
            String chairMemberId,
            String chairName,
            String minutesTakerMemberId,
            String minutesTakerName,
            String purpose,
            List<Person> guests,
            List<Person> superiorAttendees) {
    }

    /**
     * A member of the roster taken at the opening, as the roster stood ({@code status}, {@code role},
     * {@code exempt}), and the attendance recorded for them (null until recorded).
     */
    public record AttendanceEntry(
            String memberId,
            String fullName,
            MembershipStatus status,
            CellRole role,
            boolean exempt,
            AttendanceStatus attendance,
            String reason) {
    }

    /**
     * A meeting in a member's attendance history: when it was held (or is scheduled), the member as the
     * roster stood at its opening, the attendance recorded (null until recorded) and whether they spoke.
     */
    public record AttendanceHistoryEntry(
            String meetingId,
            String organisationId,
            String organisationName,
            MeetingKind kind,
            LocalDateTime heldAt,
            MeetingStage stage,
            MembershipStatus status,
            CellRole role,
            boolean exempt,
            AttendanceStatus attendance,
            String reason,
            boolean spoke) {
    }

    /** An agenda item as recorded, with the task reviews it holds and the speeches made on it. */
    public record ItemRecord(
            String itemId,
            AgendaItemKind kind,
            String summary,
            Integer durationMinutes,
            String themeId,
            String leadReportMemberId,
            List<TaskReview> taskReviews,
            List<Speech> speeches) {
    }

    /** {@code fullName} is null for a speaker the read model knows no member record of. */
    public record Speech(
            String memberId,
            String fullName,
            String gist) {
    }

    /** A vote on a resolution or conclusion; {@code title} is null until the resolution itself is recorded. */
    public record ResolutionVote(
            String resolutionId,
            String title,
            VoteResult vote) {
    }

    /** The latest proposal of the session's quality level, and the vote on it (null until voted). */
    public record QualityRating(
            String proposedByMemberId,
            QualityLevel proposedLevel,
            List<CriterionScore> scores,
            Integer totalPoints,
            String policyVersion,
            VoteResult vote) {
    }

    public record Minutes(
            LocalDateTime readBackAt,
            String chairMemberId,
            String minutesTakerMemberId) {
    }

    public record Closing(
            LocalDateTime endedAt,
            long durationMinutes,
            int minimumMinutes,
            boolean meetingTooShort,
            boolean combinedWithThematic,
            String policyVersion) {
    }
}
