package vn.chibo.command.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import vn.chibo.events.organisation.OrganisationContract.OrganisationAbsorbed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationContract.OrganisationDissolved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationMoved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationRenamed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSplit;
import vn.chibo.events.organisation.OrganisationKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The directory kept in command-service's database by a subscribing processor, inside the transaction
 * that appends the events, so it is never behind the event store.
 */
@Component
@ProcessingGroup("organisation-directory")
class JdbcOrganisationDirectory implements OrganisationDirectory {

    private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getString("organisation_id"),
            OrganisationKind.valueOf(rs.getString("kind")), rs.getString("parent_id"), rs.getString("name"));

    private final JdbcTemplate jdbc;

    JdbcOrganisationDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> find(String organisationId) {
        return jdbc.query("select * from organisation_directory where organisation_id = ?", ENTRY, organisationId)
                .stream().findFirst();
    }

    @Override
    public List<Entry> children(String organisationId) {
        return jdbc.query("select * from organisation_directory where parent_id = ? and ended_on is null"
                + " order by organisation_id", ENTRY, organisationId);
    }

    @Override
    public boolean isActive(String organisationId) {
        return !jdbc.queryForList("select 1 from organisation_directory where organisation_id = ? and ended_on is null",
                Integer.class, organisationId).isEmpty();
    }

    @EventHandler
    void on(OrganisationCreated e) {
        jdbc.update("insert into organisation_directory (organisation_id, kind, parent_id, name) values (?, ?, ?, ?)",
                e.organisationId(), e.kind().name(), e.parentId(), e.name());
    }

    @EventHandler
    void on(OrganisationRenamed e) {
        jdbc.update("update organisation_directory set name = ? where organisation_id = ?", e.name(), e.organisationId());
    }

    @EventHandler
    void on(OrganisationMoved e) {
        jdbc.update("update organisation_directory set parent_id = ? where organisation_id = ?",
                e.parentId(), e.organisationId());
    }

    @EventHandler
    void on(OrganisationAbsorbed e) {
        end(e.organisationId(), e.effectiveDate());
    }

    @EventHandler
    void on(OrganisationSplit e) {
        end(e.organisationId(), e.effectiveDate());
    }

    @EventHandler
    void on(OrganisationDissolved e) {
        end(e.organisationId(), e.effectiveDate());
    }

    private void end(String organisationId, LocalDate on) {
        jdbc.update("update organisation_directory set ended_on = ? where organisation_id = ?", on, organisationId);
    }
}
