package vn.chibo.command.member;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;
import vn.chibo.command.command.FollowUpCommands;
import vn.chibo.command.organisation.OrganisationDirectory;
import vn.chibo.events.member.MemberContract.TransferMember;
import vn.chibo.events.member.TransferReason;
import vn.chibo.events.organisation.OrganisationContract.OrganisationAbsorbed;
import vn.chibo.events.organisation.OrganisationContract.SplitPartFormed;

/**
 * The members of a cell absorbed by a merge transfer to the survivor, those of a split cell to the part
 * that took them: each by a {@code MemberTransferred} of their own, dated as the reorganisation, so a
 * member's history before it still names the old cell. Runs in the transaction of the merge or split.
 */
@Component
@ProcessingGroup("organisation-directory")
class MembersFollowReorganisation {

    private final FollowUpCommands commands;
    private final MemberRoster roster;
    private final OrganisationDirectory directory;

    MembersFollowReorganisation(FollowUpCommands commands, MemberRoster roster, OrganisationDirectory directory) {
        this.commands = commands;
        this.roster = roster;
        this.directory = directory;
    }

    /** An absorbed committee holds no members itself: its cells move, with their members, to the survivor. */
    @EventHandler
    void on(OrganisationAbsorbed e, @MessageIdentifier String eventId) {
        roster.current(e.organisationId()).forEach(member -> commands.send(
                new TransferMember(member.memberId(), e.survivorId(), TransferReason.MERGE, e.effectiveDate()),
                eventId, member.memberId()));
    }

    @EventHandler
    void on(SplitPartFormed e, @MessageIdentifier String eventId) {
        if (!directory.find(e.organisationId()).orElseThrow().isCell()) {
            return;
        }
        e.takes().forEach(memberId -> commands.send(
                new TransferMember(memberId, e.organisationId(), TransferReason.SPLIT, e.effectiveDate()),
                eventId, memberId));
    }
}
