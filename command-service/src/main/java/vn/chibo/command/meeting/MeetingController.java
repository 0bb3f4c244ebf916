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
import vn.chibo.events.meeting.MeetingContract.RecordMeetingHeld;
import vn.chibo.events.meeting.MeetingContract.ScheduleMeeting;

import java.time.LocalDateTime;

import static vn.chibo.command.command.CommandSubmitter.COMMAND_ID_HEADER;

@RestController
@RequestMapping(MeetingController.PATH)
@Tag(name = "Sinh hoạt chi bộ / Meetings")
class MeetingController {

    static final String PATH = "/api/meetings";

    private final CommandSubmitter commands;

    MeetingController(CommandSubmitter commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Lên lịch sinh hoạt / Schedule a meeting")
    ResponseEntity<Accepted> schedule(@RequestBody ScheduleMeeting command,
                                      @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var outcome = commands.submit(command, commandId);
        return Accepted.created(command.meetingId(), commandId, outcome, PATH);
    }

    @PostMapping("/{meetingId}/held")
    @Operation(summary = "Ghi nhận buổi sinh hoạt đã diễn ra / Record that the meeting was held")
    ResponseEntity<Accepted> held(@PathVariable String meetingId, @RequestBody Held body,
                                  @RequestHeader(COMMAND_ID_HEADER) String commandId) {
        var command = new RecordMeetingHeld(meetingId, body.startedAt(), body.endedAt());
        return Accepted.applied(meetingId, commandId, commands.submit(command, commandId));
    }

    record Held(LocalDateTime startedAt, LocalDateTime endedAt) {
    }
}
