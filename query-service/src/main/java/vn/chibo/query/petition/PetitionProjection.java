package vn.chibo.query.petition;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.ReadModelJdbc;
import vn.chibo.events.petition.PetitionContract.PetitionAnswered;
import vn.chibo.events.petition.PetitionContract.PetitionEscalated;
import vn.chibo.events.petition.PetitionContract.PetitionForwarded;
import vn.chibo.events.petition.PetitionContract.PetitionRaised;
import vn.chibo.events.petition.PetitionStatus;
import vn.chibo.query.projection.Admission;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.WaitingRoom;

import java.time.LocalDate;

/** Petitions where they stand now (status, holder, answer) and each step of their path upward. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class PetitionProjection {

    private static final String AGGREGATE = "petition";

    private final ReadModelJdbc jdbc;
    private final Admission admission;

    PetitionProjection(ReadModelJdbc jdbc, WaitingRoom waitingRoom, Admission admission) {
        this.jdbc = jdbc;
        this.admission = admission;
        waitingRoom.onRelease(PetitionRaised.class, this::on);
        waitingRoom.onRelease(PetitionForwarded.class, this::on);
        waitingRoom.onRelease(PetitionEscalated.class, this::on);
        waitingRoom.onRelease(PetitionAnswered.class, this::on);
    }

    @EventHandler
    void on(PetitionRaised e) {
        if (!admission.of(e.cellId(), e)) {
            return;
        }
        jdbc.defer("""
                insert into petition (petition_id, meeting_id, cell_id, content, raised_by, raised_on, status, holder_id)
                values (?, ?, ?, ?, ?, ?, 'RAISED', ?)
                """, e.petitionId(), e.meetingId(), e.cellId(), e.content(), e.raisedBy(), e.raisedOn(), e.cellId());
        step(e.petitionId(), PetitionStatus.RAISED, null, e.cellId(), null, e.raisedOn());
        admission.firstApplied(AGGREGATE, e.petitionId());
    }

    @EventHandler
    void on(PetitionForwarded e) {
        if (admitted(e.petitionId(), e)) {
            moved(e.petitionId(), PetitionStatus.FORWARDED, e.toOrganisationId());
            step(e.petitionId(), PetitionStatus.FORWARDED, e.fromOrganisationId(), e.toOrganisationId(), null,
                    e.forwardedOn());
        }
    }

    @EventHandler
    void on(PetitionEscalated e) {
        if (admitted(e.petitionId(), e)) {
            moved(e.petitionId(), PetitionStatus.ESCALATED, e.toOrganisationId());
            step(e.petitionId(), PetitionStatus.ESCALATED, e.fromOrganisationId(), e.toOrganisationId(), e.reason(),
                    e.escalatedOn());
        }
    }

    @EventHandler
    void on(PetitionAnswered e) {
        if (!admitted(e.petitionId(), e)) {
            return;
        }
        jdbc.defer("""
                update petition set status = 'ANSWERED', holder_id = ?, answered_by = ?, answer = ?, answered_on = ?
                where petition_id = ?
                """, e.organisationId(), e.answeredBy(), e.answer(), e.answeredOn(), e.petitionId());
        step(e.petitionId(), PetitionStatus.ANSWERED, e.organisationId(), e.organisationId(), e.answer(),
                e.answeredOn());
    }

    private void moved(String petitionId, PetitionStatus status, String holderId) {
        jdbc.defer("update petition set status = ?, holder_id = ? where petition_id = ?",
                status.name(), holderId, petitionId);
    }

    private void step(String petitionId, PetitionStatus kind, String fromId, String toId, String note, LocalDate on) {
        jdbc.defer("""
                insert into petition_step (petition_id, kind, from_id, to_id, note, step_on) values (?, ?, ?, ?, ?, ?)
                """, petitionId, kind.name(), fromId, toId, note, on);
    }

    private boolean admitted(String petitionId, Object event) {
        return admission.following(AGGREGATE, petitionId, () -> jdbc.query(
                "select cell_id from petition where petition_id = ?", (rs, i) -> rs.getString(1), petitionId)
                .stream().findFirst(), event);
    }
}
