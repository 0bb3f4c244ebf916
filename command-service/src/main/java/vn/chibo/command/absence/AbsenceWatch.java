package vn.chibo.command.absence;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import vn.chibo.events.EventMetadata;
import vn.chibo.events.absence.AbsenceContract;
import vn.chibo.events.absence.AbsenceContract.CountUnexcusedAbsence;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AttendanceRecorded;
import vn.chibo.events.meeting.MeetingKind;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Counts each unexcused absence from a cell meeting on the member's record for the year. It runs in
 * the subscribing processing group, so the count is stored in the transaction that records the
 * attendance: both or neither. The command id is derived from the meeting and the member, so a
 * delivery of the same attendance twice is a repeat the command bus drops. Absence from a
 * cell-committee meeting is not absence from the cell's meetings and is not counted.
 */
@Component
@ProcessingGroup("organisation-directory")
class AbsenceWatch {

    private final CommandGateway commands;

    AbsenceWatch(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(AttendanceRecorded event, MetaData metaData) {
        if (event.status() != AttendanceStatus.ABSENT_WITHOUT_REASON || event.kind() == MeetingKind.CELL_COMMITTEE) {
            return;
        }
        var command = new CountUnexcusedAbsence(
                AbsenceContract.recordId(event.memberId(), event.meetingDate().getYear()),
                event.memberId(), event.organisationId(), event.meetingId(), event.meetingDate());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .withMetaData(metaData.and(EventMetadata.COMMAND_ID, commandId(event))));
    }

    /** At most 64 characters, like every command id: a name-based UUID of the meeting and the member. */
    static String commandId(AttendanceRecorded event) {
        String key = "unexcused-absence|" + event.meetingId() + "|" + event.memberId();
        return "absence-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
