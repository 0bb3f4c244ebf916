package vn.chibo.command.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.command.command.Accepted;
import vn.chibo.command.command.CommandSubmitter;
import vn.chibo.events.meeting.AgendaItemKind;
import vn.chibo.events.meeting.MeetingContract.AdoptAgenda;
import vn.chibo.events.meeting.MeetingContract.ApproveMeetingContent;
import vn.chibo.events.meeting.MeetingContract.CloseMeeting;
import vn.chibo.events.meeting.MeetingContract.CriterionScore;
import vn.chibo.events.meeting.MeetingContract.MemberAttendance;
import vn.chibo.events.meeting.MeetingContract.OpenMeeting;
import vn.chibo.events.meeting.MeetingContract.Person;
import vn.chibo.events.meeting.MeetingContract.ProposeQualityRating;
import vn.chibo.events.meeting.MeetingContract.RecordAgendaItem;
import vn.chibo.events.meeting.MeetingContract.RecordAttendance;
import vn.chibo.events.meeting.MeetingContract.RecordSpeech;
import vn.chibo.events.meeting.MeetingContract.SendMeetingNotice;
import vn.chibo.events.meeting.MeetingContract.SignMinutes;
import vn.chibo.events.meeting.MeetingContract.TaskReview;
import vn.chibo.events.meeting.MeetingContract.VoteOnQualityRating;
import vn.chibo.events.meeting.MeetingContract.VoteOnResolution;
import vn.chibo.events.meeting.MeetingContract.Votes;
import vn.chibo.events.meeting.QualityLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static vn.chibo.command.command.CommandSubmitter.COMMAND_ID_HEADER;

/** The steps of a meeting after its scheduling, each a POST under the meeting. */
@RestController
@RequestMapping(MeetingController.PATH + "/{meetingId}")
@Tag(name = "Sinh hoạt chi bộ / Meetings")
class MeetingLifecycleController {

    private final CommandSubmitter commands;

    MeetingLifecycleController(CommandSubmitter commands) {
        this.commands = commands;
    }

    @PostMapping("/content-approval")
    @Operation(summary = "Chi ủy thông qua nội dung, dự thảo nghị quyết / The cell committee approves the content")
    ResponseEntity<Accepted> approveContent(@PathVariable String meetingId, @RequestBody ContentApproval body,
                                            @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return submit(meetingId, new ApproveMeetingContent(meetingId, body.approvedOn(), body.approvedAtMeetingId(),
                body.content(), body.draftResolution(), body.combinedWithThematic()), commandId);
    }

    @PostMapping("/notice")
    @Operation(summary = "Gửi thông báo sinh hoạt / Send the notice")
    ResponseEntity<Accepted> sendNotice(@PathVariable String meetingId, @RequestBody Notice body,
                                        @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return submit(meetingId, new SendMeetingNotice(meetingId, body.sentAt(), body.superiorMonitor()), commandId);
    }

    @PostMapping("/opening")
    @Operation(summary = "Khai mạc / Open the meeting")
    ResponseEntity<Accepted> open(@PathVariable String meetingId, @RequestBody Opening body,
                                  @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return submit(meetingId, new OpenMeeting(meetingId, body.openedAt(), body.chairMemberId(),
                body.minutesTakerMemberId(), body.purpose(), body.guests(), body.superiorAttendees()), commandId);
    }

    @PostMapping("/attendance")
    @Operation(summary = "Điểm danh / Record attendance")
    ResponseEntity<Accepted> attendance(@PathVariable String meetingId, @RequestBody AttendanceSheet body,
                                        @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return submit(meetingId, new RecordAttendance(meetingId, body.entries()), commandId);
    }

    @PostMapping("/agenda")
    @Operation(summary = "Thông qua chương trình / Adopt the agenda")
    ResponseEntity<Accepted> adoptAgenda(@PathVariable String meetingId, @RequestBody AgendaItems body,
                                         @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return submit(meetingId, new AdoptAgenda(meetingId, body.items()), commandId);
    }

    @PostMapping("/agenda-items")
    @Operation(summary = "Ghi nội dung sinh hoạt / Record an agenda item")
    ResponseEntity<Accepted> recordItem(@PathVariable String meetingId, @RequestBody Item body,
                                        @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return submit(meetingId, new RecordAgendaItem(meetingId, body.itemId(), body.kind(), body.summary(),
                body.durationMinutes(), body.taskReviews(), body.themeId(), body.leadReportMemberId()), commandId);
    }

    @PostMapping("/speeches")
    @Operation(summary = "Ghi ý kiến phát biểu / Record a speech")
    ResponseEntity<Accepted> recordSpeech(@PathVariable String meetingId, @RequestBody Speech body,
                                          @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return submit(meetingId, new RecordSpeech(meetingId, body.memberId(), body.itemId(), body.gist()), commandId);
    }

    @PostMapping("/resolution-votes")
    @Operation(summary = "Biểu quyết nghị quyết, kết luận / Vote on a resolution or conclusion")
    ResponseEntity<Accepted> voteOnResolution(@PathVariable String meetingId, @RequestBody ResolutionVote body,
                                              @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return submit(meetingId, new VoteOnResolution(meetingId, body.resolutionId(),
                new Votes(body.votesFor(), body.votesAgainst(), body.abstentions(), body.voterIds())), commandId);
    }

    @PostMapping("/quality-rating")
    @Operation(summary = "Đề xuất xếp loại chất lượng / Propose the quality rating")
    ResponseEntity<Accepted> proposeRating(@PathVariable String meetingId, @RequestBody RatingProposal body,
                                           @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return submit(meetingId, new ProposeQualityRating(meetingId, body.proposedByMemberId(), body.level(),
                body.scores()), commandId);
    }

    @PostMapping("/quality-rating/vote")
    @Operation(summary = "Biểu quyết xếp loại chất lượng / Vote on the quality rating")
    ResponseEntity<Accepted> voteOnRating(@PathVariable String meetingId, @RequestBody Votes body,
                                          @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return submit(meetingId, new VoteOnQualityRating(meetingId, body), commandId);
    }

    @PostMapping("/minutes")
    @Operation(summary = "Đọc lại và ký biên bản / Read back and sign the minutes")
    ResponseEntity<Accepted> signMinutes(@PathVariable String meetingId, @RequestBody ReadBack body,
                                         @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return submit(meetingId, new SignMinutes(meetingId, body.readBackAt()), commandId);
    }

    @PostMapping("/closing")
    @Operation(summary = "Bế mạc / Close the meeting")
    ResponseEntity<Accepted> close(@PathVariable String meetingId, @RequestBody Closing body,
                                   @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        return submit(meetingId, new CloseMeeting(meetingId, body.endedAt()), commandId);
    }

    private ResponseEntity<Accepted> submit(String meetingId, Object command, String commandId) {
        return Accepted.applied(meetingId, commandId, commands.submit(command, commandId));
    }

    record ContentApproval(LocalDate approvedOn, String approvedAtMeetingId, String content, String draftResolution,
                           boolean combinedWithThematic) {
    }

    record Notice(LocalDateTime sentAt, Person superiorMonitor) {
    }

    record Opening(LocalDateTime openedAt, String chairMemberId, String minutesTakerMemberId, String purpose,
                   List<Person> guests, List<Person> superiorAttendees) {
    }

    record AttendanceSheet(List<MemberAttendance> entries) {
    }

    record AgendaItems(List<AgendaItemKind> items) {
    }

    record Item(String itemId, AgendaItemKind kind, String summary, Integer durationMinutes,
                List<TaskReview> taskReviews, String themeId, String leadReportMemberId) {
    }

    record Speech(String memberId, String itemId, String gist) {
    }

    record ResolutionVote(String resolutionId, int votesFor, int votesAgainst, int abstentions, List<String> voterIds) {
    }

    record RatingProposal(String proposedByMemberId, QualityLevel level, List<CriterionScore> scores) {
    }

    record ReadBack(LocalDateTime readBackAt) {
    }

    record Closing(LocalDateTime endedAt) {
    }
}
