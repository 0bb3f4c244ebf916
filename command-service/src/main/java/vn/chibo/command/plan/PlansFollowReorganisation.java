package vn.chibo.command.plan;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;
import vn.chibo.command.command.FollowUpCommands;
import vn.chibo.events.organisation.OrganisationContract.OrganisationAbsorbed;
import vn.chibo.events.plan.PlanContract.TransferPlan;

/**
 * The plans of an absorbed cell go to the survivor (the plan itself decides whether it moves or is
 * superseded by the survivor's plan of that year). Runs in the transaction of the merge.
 */
@Component
@ProcessingGroup("organisation-directory")
class PlansFollowReorganisation {

    private final FollowUpCommands commands;
    private final PlanDirectory plans;

    PlansFollowReorganisation(FollowUpCommands commands, PlanDirectory plans) {
        this.commands = commands;
        this.plans = plans;
    }

    @EventHandler
    void on(OrganisationAbsorbed e, @MessageIdentifier String eventId) {
        plans.plansOf(e.organisationId()).forEach(planId -> commands.send(
                new TransferPlan(planId, e.survivorId(), e.effectiveDate()), eventId, planId));
    }
}
