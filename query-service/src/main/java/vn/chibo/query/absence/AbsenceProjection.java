package vn.chibo.query.absence;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.ReadModelJdbc;
import vn.chibo.events.absence.AbsenceContract.AbsenceThresholdReached;
import vn.chibo.events.absence.AbsenceContract.AbsenceWarningIssued;
import vn.chibo.events.absence.AbsenceContract.UnexcusedAbsenceCounted;
import vn.chibo.query.projection.Admission;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.WaitingRoom;

/** Each member's unexcused absences in a year, and whether the warning or the threshold came. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class AbsenceProjection {

    private static final String UPSERT = """
            insert into absence_record (member_id, year, cell_id, months_with_absence) values (?, ?, ?, ?)
            on conflict (member_id, year) do update
            set cell_id = excluded.cell_id, months_with_absence = excluded.months_with_absence
            """;

    private final ReadModelJdbc jdbc;
    private final Admission admission;

    AbsenceProjection(ReadModelJdbc jdbc, WaitingRoom waitingRoom, Admission admission) {
        this.jdbc = jdbc;
        this.admission = admission;
        waitingRoom.onRelease(UnexcusedAbsenceCounted.class, this::on);
        waitingRoom.onRelease(AbsenceWarningIssued.class, this::on);
        waitingRoom.onRelease(AbsenceThresholdReached.class, this::on);
    }

    @EventHandler
    void on(UnexcusedAbsenceCounted e) {
        if (admission.of(e.cellId(), e)) {
            jdbc.defer(UPSERT, e.memberId(), e.year(), e.cellId(), e.monthsWithAbsence());
            jdbc.defer("update absence_record set last_absence_on = ? where member_id = ? and year = ?",
                    e.meetingDate(), e.memberId(), e.year());
        }
    }

    @EventHandler
    void on(AbsenceWarningIssued e) {
        if (admission.of(e.cellId(), e)) {
            jdbc.defer(UPSERT, e.memberId(), e.year(), e.cellId(), e.monthsWithAbsence());
            jdbc.defer("""
                    update absence_record set warning_issued = true, threshold = ?, policy_version = ?
                    where member_id = ? and year = ?
                    """, e.threshold(), e.policyVersion(), e.memberId(), e.year());
        }
    }

    @EventHandler
    void on(AbsenceThresholdReached e) {
        if (admission.of(e.cellId(), e)) {
            jdbc.defer(UPSERT, e.memberId(), e.year(), e.cellId(), e.monthsWithAbsence());
            jdbc.defer("""
                    update absence_record set threshold_reached = true, threshold = ?, policy_version = ?
                    where member_id = ? and year = ?
                    """, e.threshold(), e.policyVersion(), e.memberId(), e.year());
        }
    }
}
