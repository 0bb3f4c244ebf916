package vn.chibo.report.periodic;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.chibo.service.security.AccessPolicy;
import vn.chibo.service.security.Permission;

/** A stored report, if the current actor may do this with its issuing organisation's reports. */
@Component
class ReportAccess {

    private final ReportStore store;
    private final AccessPolicy access;

    ReportAccess(ReportStore store, AccessPolicy access) {
        this.store = store;
        this.access = access;
    }

    StoredReport get(long documentId, Permission permission) {
        StoredReport stored = store.get(documentId);
        if (!access.may(permission, stored.report().issuer().organisationId())) {
            throw new AccessDeniedException(permission + " on report " + documentId);
        }
        return stored;
    }
}
