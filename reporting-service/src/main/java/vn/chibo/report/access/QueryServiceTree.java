package vn.chibo.report.access;

import org.springframework.stereotype.Component;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;
import vn.chibo.report.queryservice.QueryServiceClient;
import vn.chibo.service.security.OrganisationTree;
import vn.chibo.service.web.NotFoundException;

import java.util.List;
import java.util.Optional;

/**
 * reporting-service keeps no tree of its own: access decisions ask query-service for the way down
 * from the root to the organisation (as the service itself, since the person may not see the
 * ancestors). An unknown organisation is outside everyone's subtree.
 */
@Component
class QueryServiceTree implements OrganisationTree {

    private final QueryServiceClient queryService;
    private final ServiceIdentity service;

    QueryServiceTree(QueryServiceClient queryService, ServiceIdentity service) {
        this.queryService = queryService;
        this.service = service;
    }

    @Override
    public boolean isWithin(String organisationId, String ancestorId) {
        return path(organisationId).stream().anyMatch(organisation -> organisation.organisationId().equals(ancestorId));
    }

    @Override
    public Optional<String> parentOf(String organisationId) {
        List<OrganisationSummary> path = path(organisationId);
        return path.size() < 2 ? Optional.empty() : Optional.of(path.get(path.size() - 2).organisationId());
    }

    private List<OrganisationSummary> path(String organisationId) {
        try {
            return queryService.pathAs(organisationId, service.token());
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
