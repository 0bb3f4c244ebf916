package vn.chibo.command.access;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.service.security.OrganisationTree;

import java.util.Optional;

/**
 * Today's tree for access decisions, from the organisation directory (the parent links as last
 * recorded): after a move the rights follow the organisation to its new parent.
 */
@Component
class DirectoryTree implements OrganisationTree {

    private final JdbcTemplate jdbc;

    DirectoryTree(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Walks up from the organisation; {@code union} stops on a cycle, should one ever be recorded. */
    @Override
    public boolean isWithin(String organisationId, String ancestorId) {
        if (organisationId == null || ancestorId == null) {
            return false;
        }
        if (organisationId.equals(ancestorId)) {
            return exists(organisationId);
        }
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                with recursive up (organisation_id, parent_id) as (
                    select organisation_id, parent_id from organisation_directory where organisation_id = ?
                    union
                    select d.organisation_id, d.parent_id from organisation_directory d join up on d.organisation_id = up.parent_id)
                select exists (select 1 from up where parent_id = ?)""", Boolean.class, organisationId, ancestorId));
    }

    @Override
    public Optional<String> parentOf(String organisationId) {
        return jdbc.queryForList("select parent_id from organisation_directory where organisation_id = ?",
                String.class, organisationId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private boolean exists(String organisationId) {
        return !jdbc.queryForList("select 1 from organisation_directory where organisation_id = ?",
                Integer.class, organisationId).isEmpty();
    }
}
