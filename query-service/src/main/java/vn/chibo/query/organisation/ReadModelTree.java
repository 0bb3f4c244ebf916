package vn.chibo.query.organisation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.service.security.OrganisationTree;

import java.util.Optional;

/**
 * Today's tree as the read model holds it, for access decisions: the closure table answers "is it below"
 * in one indexed lookup, so a grant follows its organisation's subtree after moves and merges.
 */
@Component
class ReadModelTree implements OrganisationTree {

    private final JdbcTemplate jdbc;

    ReadModelTree(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isWithin(String organisationId, String ancestorId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from organisation_ancestor where organisation_id = ? and ancestor_id = ?)",
                Boolean.class, organisationId, ancestorId));
    }

    @Override
    public Optional<String> parentOf(String organisationId) {
        return jdbc.queryForList("select parent_id from organisation where organisation_id = ?", String.class,
                organisationId).stream().filter(parent -> parent != null).findFirst();
    }
}
