package vn.chibo.command.audit;

import org.springframework.stereotype.Component;
import vn.chibo.command.organisation.OrganisationDirectory;
import vn.chibo.service.security.AccessPolicy;
import vn.chibo.service.security.Grant;
import vn.chibo.service.security.Permission;

/**
 * Who may see and verify the event chain: it seals every event of every organisation, so an AUDIT
 * grant on the whole tree ({@code *}) or on the root of a tree (a province) — not on a subtree below,
 * whose auditors read their own part of the trail in query-service. Bean {@code chainAuditors}.
 */
@Component("chainAuditors")
class ChainAuditors {

    private final AccessPolicy access;
    private final OrganisationDirectory organisations;

    ChainAuditors(AccessPolicy access, OrganisationDirectory organisations) {
        this.access = access;
        this.organisations = organisations;
    }

    public boolean mayAuditWholeChain() {
        return access.scopeOf(Permission.AUDIT).stream().anyMatch(this::isRootOrWholeTree);
    }

    private boolean isRootOrWholeTree(String organisationId) {
        return Grant.WHOLE_TREE.equals(organisationId)
                || organisations.find(organisationId).filter(entry -> entry.parentId() == null).isPresent();
    }
}
