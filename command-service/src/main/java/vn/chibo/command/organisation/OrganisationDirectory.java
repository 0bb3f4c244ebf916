package vn.chibo.command.organisation;

import vn.chibo.events.organisation.OrganisationKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a command handler may know about organisations other than its own aggregate: whether one
 * exists, what kind it is, where it stands in the tree and whether it still exists today. It holds
 * the tree as last recorded; effective dates are for the read side, which rebuilds past trees.
 */
public interface OrganisationDirectory {

    /** The organisation, dissolved or not: an ended organisation is still known by its id and name. */
    Optional<Entry> find(String organisationId);

    /** The organisations directly below, dissolved ones left out. */
    List<Entry> children(String organisationId);

    /** Whether the organisation exists and has not been dissolved, absorbed by a merge or split up. */
    boolean isActive(String organisationId);

    /** The chain of parents, nearest first, up to the root; empty for a root or an unknown organisation. */
    default List<Entry> ancestors(String organisationId) {
        List<Entry> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(organisationId));
        var parentId = find(organisationId).map(Entry::parentId);
        while (parentId.isPresent() && seen.add(parentId.get())) {
            var parent = find(parentId.get());
            parent.ifPresent(chain::add);
            parentId = parent.map(Entry::parentId);
        }
        return chain;
    }

    record Entry(String organisationId, OrganisationKind kind, String parentId, String name) {

        public boolean isCell() {
            return kind == OrganisationKind.CELL;
        }
    }
}
