package vn.chibo.command.access;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.chibo.service.security.AccessPolicy;
import vn.chibo.service.security.Actor;
import vn.chibo.service.security.Grant;
import vn.chibo.service.security.OrganisationTree;
import vn.chibo.service.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a person may send a command, by the rule of its type ({@link CommandRules}), on the
 * organisations it concerns as the tree stands today. Answers the grant that allows it: its role and
 * organisation are what the events record as the capacity the person acted in.
 */
@Component
public class CommandAuthorization {

    private final AccessPolicy access;
    private final AggregateOwners owners;
    private final OrganisationTree tree;
    private final Clock clock;

    CommandAuthorization(AccessPolicy access, AggregateOwners owners, OrganisationTree tree, Clock clock) {
        this.access = access;
        this.owners = owners;
        this.tree = tree;
        this.clock = clock;
    }

    /** The grant that allows the actor to send the command, or AccessDeniedException. */
    public Grant authorize(Object command, Actor actor) {
        Rule rule = CommandRules.of(command.getClass())
                .orElseThrow(() -> new AccessDeniedException("no access rule for " + command.getClass().getName()));
        if (rule.systemOnly()) {
            throw new AccessDeniedException(command.getClass().getSimpleName() + " is sent by the platform only");
        }
        List<String> organisations = rule.concerns().apply(command, where());
        Optional<Grant> grant = allOf(actor, rule.permission(), organisations);
        if (grant.isEmpty() && rule.ownTask() != null) {
            grant = ownTask(actor, rule.ownTask().apply(command), organisations);
        }
        return grant.orElseThrow(() -> new AccessDeniedException(rule.permission() + " on " + organisations));
    }

    /** The grant for the first organisation, when every one of them is allowed. */
    private Optional<Grant> allOf(Actor actor, Permission permission, List<String> organisations) {
        Optional<Grant> first = Optional.empty();
        for (String organisation : organisations) {
            Optional<Grant> grant = organisation == null ? wholeTree(actor, permission)
                    : access.grantFor(actor, permission, organisation);
            if (grant.isEmpty()) {
                return Optional.empty();
            }
            first = first.or(() -> grant);
        }
        return first;
    }

    /** An assignee reporting on their own task, as themselves. */
    private Optional<Grant> ownTask(Actor actor, Rule.OwnTask task, List<String> organisations) {
        boolean themselves = actor.memberId() != null && actor.memberId().equals(task.reportingMemberId())
                && owners.isAssignee(task.taskId(), actor.memberId());
        return themselves ? allOf(actor, Permission.REPORT_OWN_TASKS, organisations) : Optional.empty();
    }

    /** What concerns no known organisation (a root, an unknown aggregate) is for whole-tree grants only. */
    private Optional<Grant> wholeTree(Actor actor, Permission permission) {
        LocalDate today = LocalDate.now(clock);
        return actor.grants().stream()
                .filter(grant -> Grant.WHOLE_TREE.equals(grant.organisationId()))
                .filter(grant -> grant.activeOn(today) && grant.role().grants(permission))
                .findFirst();
    }

    private Rule.Owners where() {
        return new Rule.Owners() {
            @Override
            public String of(String aggregateId) {
                return aggregateId == null ? null : owners.ownerOf(aggregateId).orElse(null);
            }

            @Override
            public String parentOf(String organisationId) {
                return organisationId == null ? null : tree.parentOf(organisationId).orElse(null);
            }
        };
    }
}
