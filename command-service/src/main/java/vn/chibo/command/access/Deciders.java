package vn.chibo.command.access;

import org.springframework.stereotype.Component;
import vn.chibo.service.security.OrganisationTree;

/**
 * The organisation that decides on an aggregate, as the tree stands today — what plan, report,
 * exemption and petition decisions record as their decider, instead of whatever a request body claims.
 * The person who decided is the command's actor, from the token.
 */
@Component
public class Deciders {

    /** Stands in for an aggregate not recorded: its command is then refused as unknown. */
    static final String UNKNOWN = "unknown";

    private final AggregateOwners owners;
    private final OrganisationTree tree;

    Deciders(AggregateOwners owners, OrganisationTree tree) {
        this.owners = owners;
        this.tree = tree;
    }

    /** The committee directly above the aggregate's organisation (the only one that may approve it). */
    public String superiorOf(String aggregateId) {
        return owners.ownerOf(aggregateId).flatMap(tree::parentOf).orElse(UNKNOWN);
    }

    /** The organisation holding the aggregate (a petition's holder answers it). */
    public String holderOf(String aggregateId) {
        return owners.ownerOf(aggregateId).orElse(UNKNOWN);
    }
}
