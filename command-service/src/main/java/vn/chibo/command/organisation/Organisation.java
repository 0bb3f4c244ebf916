package vn.chibo.command.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.member.MemberRoster;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.AbsorbOrganisation;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.organisation.OrganisationContract.DissolveOrganisation;
import vn.chibo.events.organisation.OrganisationContract.FormSplitPart;
import vn.chibo.events.organisation.OrganisationContract.MergeOrganisations;
import vn.chibo.events.organisation.OrganisationContract.MoveOrganisation;
import vn.chibo.events.organisation.OrganisationContract.OrganisationAbsorbed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationContract.OrganisationDissolved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationMoved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationRenamed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSplit;
import vn.chibo.events.organisation.OrganisationContract.OrganisationsMerged;
import vn.chibo.events.organisation.OrganisationContract.RenameOrganisation;
import vn.chibo.events.organisation.OrganisationContract.SplitOrganisation;
import vn.chibo.events.organisation.OrganisationContract.SplitPartFormed;
import vn.chibo.events.organisation.OrganisationKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Tổ chức đảng — one node of the organisation tree. Committees have organisations below them; cells
 * have members and meetings and nothing below them. An organisation that was dissolved, absorbed by a
 * merge or split up has ended: it keeps its history and accepts nothing more.
 */
@Aggregate(cache = "aggregateCache")
public class Organisation {

    @AggregateIdentifier
    private String organisationId;
    private String name;
    private OrganisationKind kind;
    private String levelLabel;
    private CellType cellType;
    private String parentId;
    private LocalDate createdOn;
    private LocalDate lastChangedOn;
    private LocalDate endedOn;

    protected Organisation() {
        // for Axon
    }

    @CommandHandler
    public Organisation(CreateOrganisation command, OrganisationDirectory directory) {
        requireValidParent(command.kind(), command.parentId(), directory);
        boolean isCell = command.kind() == OrganisationKind.CELL;
        if (isCell && command.cellType() == null) {
            throw new RuleViolation("organisation.cell-type-required");
        }
        if (!isCell && command.cellType() != null) {
            throw new RuleViolation("organisation.committee-has-no-cell-type");
        }
        apply(new OrganisationCreated(command.organisationId(), command.name().strip(), command.kind(),
                command.levelLabel().strip(), command.cellType(), command.parentId(), command.effectiveDate()));
    }

    @CommandHandler
    public Organisation(FormSplitPart command, OrganisationDirectory directory) {
        requireValidParent(command.kind(), command.parentId(), directory);
        apply(new OrganisationCreated(command.organisationId(), command.name(), command.kind(), command.levelLabel(),
                command.cellType(), command.parentId(), command.effectiveDate()));
        apply(new SplitPartFormed(command.organisationId(), command.splitOrganisationId(), command.takes(),
                command.effectiveDate()));
    }

    @CommandHandler
    public void handle(RenameOrganisation command) {
        requireNotEnded();
        String newName = command.name().strip();
        if (newName.equals(name)) {
            throw new RuleViolation("organisation.same-name", name);
        }
        if (command.effectiveDate().isBefore(createdOn)) {
            throw new RuleViolation("organisation.effective-before-creation", command.effectiveDate(), createdOn);
        }
        apply(new OrganisationRenamed(organisationId, newName, name, command.effectiveDate()));
    }

    @CommandHandler
    public void handle(MoveOrganisation command, OrganisationDirectory directory) {
        requireChangeOn(command.effectiveDate());
        var parent = requireValidParent(kind, command.parentId(), directory).orElseThrow();
        if (parent.organisationId().equals(parentId)) {
            throw new RuleViolation("organisation.already-under", parent.name());
        }
        boolean intoOwnSubtree = parent.organisationId().equals(organisationId)
                || directory.ancestors(parent.organisationId()).stream()
                .anyMatch(ancestor -> ancestor.organisationId().equals(organisationId));
        if (intoOwnSubtree) {
            throw new RuleViolation("organisation.move-creates-cycle", parent.name());
        }
        apply(new OrganisationMoved(organisationId, parent.organisationId(), parentId, command.effectiveDate()));
    }

    @CommandHandler
    public void handle(MergeOrganisations command, OrganisationDirectory directory) {
        requireChangeOn(command.effectiveDate());
        MergeRules.requireMergeable(organisationId, kind, command.absorbedIds(), directory);
        apply(new OrganisationsMerged(organisationId, List.copyOf(command.absorbedIds()), command.effectiveDate()));
    }

    @CommandHandler
    public void handle(AbsorbOrganisation command) {
        requireChangeOn(command.effectiveDate());
        apply(new OrganisationAbsorbed(organisationId, command.survivorId(), command.effectiveDate()));
    }

    @CommandHandler
    public void handle(SplitOrganisation command, OrganisationDirectory directory, MemberRoster roster) {
        requireChangeOn(command.effectiveDate());
        var holdings = kind == OrganisationKind.CELL ? SplitRules.members(organisationId, roster)
                : SplitRules.organisationsBelow(organisationId, directory);
        var parts = SplitRules.resolve(organisationId, kind, cellType, command.parts(), holdings, directory);
        apply(new OrganisationSplit(organisationId, kind, levelLabel, parentId, parts, command.effectiveDate()));
    }

    @CommandHandler
    public void handle(DissolveOrganisation command, OrganisationDirectory directory, MemberRoster roster) {
        requireChangeOn(command.effectiveDate());
        int below = directory.children(organisationId).size();
        if (below > 0) {
            throw new RuleViolation("organisation.dissolve-has-organisations-below", name, below);
        }
        int members = roster.current(organisationId).size();
        if (members > 0) {
            throw new RuleViolation("organisation.dissolve-has-members", name, members);
        }
        apply(new OrganisationDissolved(organisationId, command.effectiveDate()));
    }

    /** The parent, if any, after checking that the organisation may stand under it. */
    private static Optional<OrganisationDirectory.Entry> requireValidParent(OrganisationKind kind, String parentId,
                                                                            OrganisationDirectory directory) {
        if (parentId == null) {
            if (kind == OrganisationKind.CELL) {
                throw new RuleViolation("organisation.cell-needs-parent");
            }
            return Optional.empty();
        }
        var parent = directory.find(parentId)
                .orElseThrow(() -> new RuleViolation("organisation.parent-unknown", parentId));
        if (parent.isCell()) {
            throw new RuleViolation("organisation.cell-cannot-have-children", parent.name());
        }
        if (!directory.isActive(parentId)) {
            throw new RuleViolation("organisation.parent-ended", parent.name());
        }
        return Optional.of(parent);
    }

    private void requireNotEnded() {
        if (endedOn != null) {
            throw new RuleViolation("organisation.ended", name, endedOn);
        }
    }

    /** A change of the tree applies to an organisation that still exists, in the order of its history. */
    private void requireChangeOn(LocalDate effectiveDate) {
        requireNotEnded();
        if (effectiveDate.isBefore(lastChangedOn)) {
            throw new RuleViolation("organisation.effective-before-last-change", effectiveDate, lastChangedOn);
        }
    }

    @EventSourcingHandler
    void on(OrganisationCreated event) {
        organisationId = event.organisationId();
        name = event.name();
        kind = event.kind();
        levelLabel = event.levelLabel();
        cellType = event.cellType();
        parentId = event.parentId();
        createdOn = event.effectiveDate();
        lastChangedOn = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(OrganisationRenamed event) {
        name = event.name();
        lastChangedOn = later(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(OrganisationMoved event) {
        parentId = event.parentId();
        lastChangedOn = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(OrganisationsMerged event) {
        lastChangedOn = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(OrganisationAbsorbed event) {
        end(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(OrganisationSplit event) {
        end(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(OrganisationDissolved event) {
        end(event.effectiveDate());
    }

    private void end(LocalDate on) {
        endedOn = on;
        lastChangedOn = on;
    }

    /** Renames were only ever checked against the creation date, so one may predate a later change. */
    private LocalDate later(LocalDate date) {
        return date.isAfter(lastChangedOn) ? date : lastChangedOn;
    }
}
