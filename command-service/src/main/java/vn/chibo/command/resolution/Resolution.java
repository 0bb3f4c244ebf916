package vn.chibo.command.resolution;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.chibo.command.command.Recorded;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.OrganisationDirectory;
import vn.chibo.events.resolution.ResolutionContract.AdoptResolution;
import vn.chibo.events.resolution.ResolutionContract.AmendResolution;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAdopted;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAmended;
import vn.chibo.events.resolution.ResolutionContract.ResolutionSuperseded;
import vn.chibo.events.resolution.ResolutionContract.SupersedeResolution;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Nghị quyết / kết luận — what a cell's meeting adopted. Its text is never changed: amendments and
 * a supersession are recorded beside it. The vote itself belongs to the meeting.
 */
@Aggregate(cache = "aggregateCache")
public class Resolution {

    @AggregateIdentifier
    private String resolutionId;
    private String organisationId;
    private LocalDate adoptedOn;
    private int amendments;
    private String supersededBy;

    protected Resolution() {
        // for Axon
    }

    @CommandHandler
    public Resolution(AdoptResolution command, OrganisationDirectory organisations, Clock clock) {
        var organisation = organisations.find(command.organisationId())
                .orElseThrow(() -> new RuleViolation("resolution.organisation-unknown", command.organisationId()));
        if (!organisation.isCell()) {
            throw new RuleViolation("resolution.not-a-cell", organisation.name());
        }
        Recorded.notInFuture(command.adoptedOn(), clock, "resolution.adopted-in-future");
        apply(new ResolutionAdopted(command.resolutionId(), command.meetingId(), command.organisationId(),
                command.kind(), Recorded.optional(command.number()), command.title().strip(), command.text().strip(),
                command.adoptedOn()));
    }

    @CommandHandler
    public void handle(AmendResolution command, Clock clock) {
        requireInForce();
        Recorded.notBefore(command.amendedOn(), adoptedOn, "resolution.amended-before-adoption");
        Recorded.notInFuture(command.amendedOn(), clock, "resolution.amended-in-future");
        apply(new ResolutionAmended(resolutionId, amendments + 1, command.change().strip(), command.amendedBy(),
                command.reason().strip(), command.amendedOn()));
    }

    @CommandHandler
    public void handle(SupersedeResolution command, ResolutionDirectory resolutions) {
        requireInForce();
        String successorId = command.supersededBy();
        if (successorId.equals(resolutionId)) {
            throw new RuleViolation("resolution.supersedes-itself");
        }
        var successor = resolutions.find(successorId)
                .orElseThrow(() -> new RuleViolation("resolution.successor-unknown", successorId));
        if (!successor.organisationId().equals(organisationId)) {
            throw new RuleViolation("resolution.successor-of-other-organisation", successorId);
        }
        if (successor.adoptedOn().isBefore(adoptedOn)) {
            throw new RuleViolation("resolution.successor-older", successorId, successor.adoptedOn(), adoptedOn);
        }
        if (successor.supersededBy() != null) {
            throw new RuleViolation("resolution.successor-superseded", successorId, successor.supersededBy());
        }
        if (successor.supersedes() != null) {
            throw new RuleViolation("resolution.successor-already-supersedes", successorId, successor.supersedes());
        }
        apply(new ResolutionSuperseded(resolutionId, successorId, command.reason().strip(), successor.adoptedOn()));
    }

    private void requireInForce() {
        if (supersededBy != null) {
            throw new RuleViolation("resolution.superseded", supersededBy);
        }
    }

    @EventSourcingHandler
    void on(ResolutionAdopted event) {
        resolutionId = event.resolutionId();
        organisationId = event.organisationId();
        adoptedOn = event.adoptedOn();
    }

    @EventSourcingHandler
    void on(ResolutionAmended event) {
        amendments = event.amendment();
    }

    @EventSourcingHandler
    void on(ResolutionSuperseded event) {
        supersededBy = event.supersededBy();
    }
}
