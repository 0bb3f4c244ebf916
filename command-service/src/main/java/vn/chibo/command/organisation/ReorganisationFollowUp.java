package vn.chibo.command.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;
import vn.chibo.command.command.FollowUpCommands;
import vn.chibo.events.organisation.OrganisationContract.AbsorbOrganisation;
import vn.chibo.events.organisation.OrganisationContract.FormSplitPart;
import vn.chibo.events.organisation.OrganisationContract.MoveOrganisation;
import vn.chibo.events.organisation.OrganisationContract.OrganisationAbsorbed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSplit;
import vn.chibo.events.organisation.OrganisationContract.OrganisationsMerged;
import vn.chibo.events.organisation.OrganisationContract.SplitPartFormed;

/**
 * Carries a merge or a split through the tree, one step per event: a merge ends each absorbed
 * organisation, and what stood under an absorbed committee moves to the survivor; a split forms its
 * parts, and each committee part takes the organisations it was given. (Members follow in
 * {@code member.MembersFollowReorganisation}.) Each step reacts to the event of the step before, so
 * the directory already holds what it needs. Subscribing: a merge or split is stored whole or not at all.
 */
@Component
@ProcessingGroup("organisation-directory")
class ReorganisationFollowUp {

    private final FollowUpCommands commands;
    private final OrganisationDirectory directory;

    ReorganisationFollowUp(FollowUpCommands commands, OrganisationDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @EventHandler
    void on(OrganisationsMerged e, @MessageIdentifier String eventId) {
        e.absorbedIds().forEach(absorbed -> commands.send(
                new AbsorbOrganisation(absorbed, e.survivorId(), e.effectiveDate()), eventId, absorbed));
    }

    @EventHandler
    void on(OrganisationAbsorbed e, @MessageIdentifier String eventId) {
        directory.children(e.organisationId()).forEach(child -> commands.send(
                new MoveOrganisation(child.organisationId(), e.survivorId(), e.effectiveDate()),
                eventId, child.organisationId()));
    }

    @EventHandler
    void on(OrganisationSplit e, @MessageIdentifier String eventId) {
        e.parts().forEach(part -> commands.send(new FormSplitPart(part.organisationId(), e.organisationId(),
                part.name(), e.kind(), e.levelLabel(), part.cellType(), e.parentId(), part.takes(), e.effectiveDate()),
                eventId, part.organisationId()));
    }

    @EventHandler
    void on(SplitPartFormed e, @MessageIdentifier String eventId) {
        if (directory.find(e.organisationId()).orElseThrow().isCell()) {
            return;
        }
        e.takes().forEach(below -> commands.send(
                new MoveOrganisation(below, e.organisationId(), e.effectiveDate()), eventId, below));
    }
}
