package vn.chibo.command.member;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.OrganisationDirectory;
import vn.chibo.command.policy.PolicyBook;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MemberContract.AssignCellRole;
import vn.chibo.events.member.MemberContract.CellRoleAssigned;
import vn.chibo.events.member.MemberContract.EndExemption;
import vn.chibo.events.member.MemberContract.ExemptionEnded;
import vn.chibo.events.member.MemberContract.ExemptionGranted;
import vn.chibo.events.member.MemberContract.GrantExemption;
import vn.chibo.events.member.MemberContract.MemberLeft;
import vn.chibo.events.member.MemberContract.MemberPromoted;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MemberContract.MemberTransferred;
import vn.chibo.events.member.MemberContract.PromoteMember;
import vn.chibo.events.member.MemberContract.RecordLeaving;
import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.events.member.MemberContract.TransferMember;
import vn.chibo.events.member.MembershipStatus;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Đảng viên — a party member, who belongs to exactly one cell until they leave. A member who left
 * accepts no further command. Changes are recorded in the order of their effective dates.
 */
@Aggregate(cache = "aggregateCache")
public class Member {

    @AggregateIdentifier
    private String memberId;
    private String cellId;
    private MembershipStatus status;
    private CellRole role;
    private LocalDate lastChangedOn;
    private LocalDate leftOn;
    private Exemption exemption;

    protected Member() {
        // for Axon
    }

    @CommandHandler
    public Member(RegisterMember command, OrganisationDirectory directory) {
        requireCell(command.cellId(), directory);
        apply(new MemberRegistered(command.memberId(), command.cellId(), command.fullName().strip(),
                command.status(), command.joinedOn()));
    }

    @CommandHandler
    public void handle(PromoteMember command) {
        requireChangeOn(command.promotedOn());
        if (status == MembershipStatus.OFFICIAL) {
            throw new RuleViolation("member.already-official");
        }
        apply(new MemberPromoted(memberId, cellId, command.promotedOn()));
    }

    @CommandHandler
    public void handle(AssignCellRole command, MemberRoster roster, PolicyBook policies) {
        requireChangeOn(command.effectiveDate());
        if (command.role() == role) {
            throw new RuleViolation("member.role-unchanged");
        }
        if (command.role().leads()) {
            if (status != MembershipStatus.OFFICIAL) {
                throw new RuleViolation("member.role-needs-official");
            }
            CellLeadership.requireRoomFor(memberId, command.role(), roster.of(cellId, command.effectiveDate()),
                    policies.inForce(cellId, command.effectiveDate()));
        }
        apply(new CellRoleAssigned(memberId, cellId, command.role(), role, command.effectiveDate()));
    }

    @CommandHandler
    public void handle(GrantExemption command, OrganisationDirectory directory, MemberRoster roster) {
        requireNotLeft();
        var period = new Exemption(command.exemptFrom(), command.exemptUntil());
        if (period.endsBeforeItStarts()) {
            throw new RuleViolation("member.exemption-ends-before-start", period.from(), period.until());
        }
        if (exemption != null && exemption.overlaps(period)) {
            throw new RuleViolation("member.already-exempt", exemption.from(), exemption.describeUntil());
        }
        String decidedBy = command.decidedBy();
        if (directory.find(decidedBy).isEmpty() && roster.member(decidedBy).isEmpty()) {
            throw new RuleViolation("member.exemption-decider-unknown", decidedBy);
        }
        apply(new ExemptionGranted(memberId, cellId, command.reason().strip(), period.from(), period.until(), decidedBy));
    }

    @CommandHandler
    public void handle(EndExemption command) {
        requireNotLeft();
        LocalDate endedOn = command.endedOn();
        if (exemption == null || !exemption.inForceOnOrAfter(endedOn)) {
            throw new RuleViolation("member.not-exempt", endedOn);
        }
        if (endedOn.isBefore(exemption.from())) {
            throw new RuleViolation("member.exemption-end-before-start", endedOn, exemption.from());
        }
        apply(new ExemptionEnded(memberId, cellId, endedOn));
    }

    @CommandHandler
    public void handle(TransferMember command, OrganisationDirectory directory) {
        requireChangeOn(command.effectiveDate());
        var cell = requireCell(command.toCellId(), directory);
        if (cell.organisationId().equals(cellId)) {
            throw new RuleViolation("member.already-in-cell", cell.name());
        }
        apply(new MemberTransferred(memberId, cellId, cell.organisationId(), command.reason(), command.effectiveDate()));
    }

    @CommandHandler
    public void handle(RecordLeaving command) {
        requireChangeOn(command.effectiveDate());
        apply(new MemberLeft(memberId, cellId, command.reason(), command.effectiveDate()));
    }

    private static OrganisationDirectory.Entry requireCell(String cellId, OrganisationDirectory directory) {
        var cell = directory.find(cellId).orElseThrow(() -> new RuleViolation("member.cell-unknown", cellId));
        if (!cell.isCell()) {
            throw new RuleViolation("member.not-a-cell", cell.name());
        }
        if (!directory.isActive(cellId)) {
            throw new RuleViolation("member.cell-ended", cell.name());
        }
        return cell;
    }

    private void requireNotLeft() {
        if (leftOn != null) {
            throw new RuleViolation("member.has-left", leftOn);
        }
    }

    private void requireChangeOn(LocalDate effectiveDate) {
        requireNotLeft();
        if (effectiveDate.isBefore(lastChangedOn)) {
            throw new RuleViolation("member.effective-before-last-change", effectiveDate, lastChangedOn);
        }
    }

    @EventSourcingHandler
    void on(MemberRegistered event) {
        memberId = event.memberId();
        cellId = event.cellId();
        status = event.status();
        role = CellRole.MEMBER;
        lastChangedOn = event.joinedOn();
    }

    @EventSourcingHandler
    void on(MemberPromoted event) {
        status = MembershipStatus.OFFICIAL;
        lastChangedOn = event.promotedOn();
    }

    @EventSourcingHandler
    void on(CellRoleAssigned event) {
        role = event.role();
        lastChangedOn = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(ExemptionGranted event) {
        exemption = new Exemption(event.exemptFrom(), event.exemptUntil());
    }

    @EventSourcingHandler
    void on(ExemptionEnded event) {
        exemption = exemption.endingOn(event.endedOn());
    }

    @EventSourcingHandler
    void on(MemberTransferred event) {
        cellId = event.toCellId();
        role = CellRole.MEMBER;
        lastChangedOn = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(MemberLeft event) {
        leftOn = event.effectiveDate();
        lastChangedOn = event.effectiveDate();
    }
}
