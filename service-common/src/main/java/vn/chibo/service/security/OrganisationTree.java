package vn.chibo.service.security;

import java.util.Optional;

/**
 * Today's organisation tree as one service knows it, for access decisions: rights follow the tree, so
 * after a move or merge a committee sees what is below it now. Each service implements it from its own
 * data.
 */
public interface OrganisationTree {

    /** Whether {@code organisationId} is {@code ancestorId} itself or lies below it today. */
    boolean isWithin(String organisationId, String ancestorId);

    /** The organisation directly above, today; empty for a root or an unknown organisation. */
    Optional<String> parentOf(String organisationId);
}
