package vn.chibo.command.petition;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.chibo.command.command.Recorded;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.OrganisationDirectory;
import vn.chibo.events.petition.PetitionContract.AnswerPetition;
import vn.chibo.events.petition.PetitionContract.EscalatePetition;
import vn.chibo.events.petition.PetitionContract.ForwardPetition;
import vn.chibo.events.petition.PetitionContract.PetitionAnswered;
import vn.chibo.events.petition.PetitionContract.PetitionEscalated;
import vn.chibo.events.petition.PetitionContract.PetitionForwarded;
import vn.chibo.events.petition.PetitionContract.PetitionRaised;
import vn.chibo.events.petition.PetitionContract.RaisePetition;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Ý kiến, kiến nghị — a petition from a cell's meeting. It travels up the tree one level at a time,
 * held by one organisation at a time, until a committee answers it.
 */
@Aggregate(cache = "aggregateCache")
public class Petition {

    @AggregateIdentifier
    private String petitionId;
    private String holderId;
    private PetitionStatus status;
    private LocalDate lastStepOn;

    protected Petition() {
        // for Axon
    }

    @CommandHandler
    public Petition(RaisePetition command, OrganisationDirectory organisations, Clock clock) {
        var cell = organisations.find(command.cellId())
                .orElseThrow(() -> new RuleViolation("petition.cell-unknown", command.cellId()));
        if (!cell.isCell()) {
            throw new RuleViolation("petition.not-a-cell", cell.name());
        }
        Recorded.notInFuture(command.raisedOn(), clock, "petition.date-in-future");
        apply(new PetitionRaised(command.petitionId(), command.meetingId(), command.cellId(),
                command.content().strip(), command.raisedBy(), command.raisedOn()));
    }

    @CommandHandler
    public void handle(ForwardPetition command, OrganisationDirectory organisations, Clock clock) {
        requireNotAnswered();
        if (status != PetitionStatus.RAISED) {
            throw new RuleViolation("petition.already-forwarded");
        }
        requireAfterLastStep(command.forwardedOn(), clock);
        apply(new PetitionForwarded(petitionId, holderId, superiorOfHolder(organisations), command.forwardedOn()));
    }

    @CommandHandler
    public void handle(AnswerPetition command, Clock clock) {
        requireWithACommittee();
        requireAfterLastStep(command.answeredOn(), clock);
        apply(new PetitionAnswered(petitionId, holderId, command.answeredBy(), command.answer().strip(),
                command.answeredOn()));
    }

    @CommandHandler
    public void handle(EscalatePetition command, OrganisationDirectory organisations, Clock clock) {
        requireWithACommittee();
        requireAfterLastStep(command.escalatedOn(), clock);
        apply(new PetitionEscalated(petitionId, holderId, superiorOfHolder(organisations), command.reason().strip(),
                command.escalatedOn()));
    }

    /** The organisation one level above the holder; the root of the tree has none. */
    private String superiorOfHolder(OrganisationDirectory organisations) {
        var holder = organisations.find(holderId);
        return holder.map(OrganisationDirectory.Entry::parentId)
                .orElseThrow(() -> new RuleViolation("petition.no-higher-level",
                        holder.map(OrganisationDirectory.Entry::name).orElse(holderId)));
    }

    private void requireWithACommittee() {
        requireNotAnswered();
        if (status == PetitionStatus.RAISED) {
            throw new RuleViolation("petition.not-forwarded");
        }
    }

    private void requireNotAnswered() {
        if (status == PetitionStatus.ANSWERED) {
            throw new RuleViolation("petition.already-answered");
        }
    }

    private void requireAfterLastStep(LocalDate date, Clock clock) {
        Recorded.notBefore(date, lastStepOn, "petition.before-previous-step");
        Recorded.notInFuture(date, clock, "petition.date-in-future");
    }

    @EventSourcingHandler
    void on(PetitionRaised event) {
        petitionId = event.petitionId();
        holderId = event.cellId();
        status = PetitionStatus.RAISED;
        lastStepOn = event.raisedOn();
    }

    @EventSourcingHandler
    void on(PetitionForwarded event) {
        holderId = event.toOrganisationId();
        status = PetitionStatus.FORWARDED;
        lastStepOn = event.forwardedOn();
    }

    @EventSourcingHandler
    void on(PetitionEscalated event) {
        holderId = event.toOrganisationId();
        status = PetitionStatus.ESCALATED;
        lastStepOn = event.escalatedOn();
    }

    @EventSourcingHandler
    void on(PetitionAnswered event) {
        status = PetitionStatus.ANSWERED;
        lastStepOn = event.answeredOn();
    }
}
