package vn.chibo.command.absence;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.events.EventMetadata;
import vn.chibo.events.absence.AbsenceContract.CountUnexcusedAbsence;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AttendanceRecorded;
import vn.chibo.events.meeting.MeetingKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the absence watch sends on a real command bus for each attendance it sees. */
class AbsenceWatchTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);
    private static final MetaData RECORDED_BY = MetaData.with(EventMetadata.ACTOR, "bi-thu")
            .and(EventMetadata.COMMAND_ID, "attendance-1").and(EventMetadata.CORRELATION_ID, "corr-1");

    private final List<CommandMessage<?>> sent = new ArrayList<>();
    private AbsenceWatch watch;

    @BeforeEach
    void setUp() {
        var bus = SimpleCommandBus.builder().build();
        bus.subscribe(CountUnexcusedAbsence.class.getName(), message -> sent.add(message));
        watch = new AbsenceWatch(DefaultCommandGateway.builder().commandBus(bus).build());
    }

    @Test
    void anUnexcusedAbsenceIsCountedOnTheMembersRecordForTheYear() {
        watch.on(attendance(AttendanceStatus.ABSENT_WITHOUT_REASON, MeetingKind.REGULAR), RECORDED_BY);

        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.getPayload()).isEqualTo(
                    new CountUnexcusedAbsence("dv-b:2026", "dv-b", "thon-dong-man", "sh-03", DAY));
            assertThat(message.getMetaData()).containsEntry(EventMetadata.ACTOR, "bi-thu")
                    .containsEntry(EventMetadata.CORRELATION_ID, "corr-1")
                    .containsEntry(EventMetadata.COMMAND_ID, AbsenceWatch.commandId(attendance(
                            AttendanceStatus.ABSENT_WITHOUT_REASON, MeetingKind.REGULAR)));
        });
    }

    @Test
    void theSameAbsenceSeenTwiceIsSentWithTheSameCommandId() {
        var absence = attendance(AttendanceStatus.ABSENT_WITHOUT_REASON, MeetingKind.THEMATIC);
        watch.on(absence, RECORDED_BY);
        watch.on(absence, MetaData.with(EventMetadata.COMMAND_ID, "another-delivery"));

        assertThat(sent).extracting(m -> m.getMetaData().get(EventMetadata.COMMAND_ID))
                .containsExactly(AbsenceWatch.commandId(absence), AbsenceWatch.commandId(absence));
        assertThat(AbsenceWatch.commandId(absence)).hasSizeLessThanOrEqualTo(64).startsWith("absence-")
                .isNotEqualTo(AbsenceWatch.commandId(new AttendanceRecorded("sh-04", "thon-dong-man",
                        MeetingKind.REGULAR, DAY, "dv-b", AttendanceStatus.ABSENT_WITHOUT_REASON, null)));
    }

    @Test
    void presenceExcusedAbsenceExemptionAndCommitteeMeetingsAreNotCounted() {
        for (AttendanceStatus status : AttendanceStatus.values()) {
            if (status != AttendanceStatus.ABSENT_WITHOUT_REASON) {
                watch.on(attendance(status, MeetingKind.REGULAR), RECORDED_BY);
            }
        }
        watch.on(attendance(AttendanceStatus.ABSENT_WITHOUT_REASON, MeetingKind.CELL_COMMITTEE), RECORDED_BY);

        assertThat(sent).isEmpty();
    }

    private static AttendanceRecorded attendance(AttendanceStatus status, MeetingKind kind) {
        return new AttendanceRecorded("sh-03", "thon-dong-man", kind, DAY, "dv-b", status, null);
    }
}
