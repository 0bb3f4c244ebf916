package vn.chibo.command.resolution;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAdopted;
import vn.chibo.events.resolution.ResolutionContract.ResolutionSuperseded;

import java.time.LocalDate;
import java.util.Optional;

/** Kept in the transaction that appends the resolution's events (subscribing processing group). */
@Component
@ProcessingGroup("organisation-directory")
class JdbcResolutionDirectory implements ResolutionDirectory {

    private final JdbcTemplate jdbc;

    JdbcResolutionDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> find(String resolutionId) {
        return jdbc.query("""
                        select meeting_id, organisation_id, adopted_on, superseded_by, supersedes
                        from resolution_directory where resolution_id = ?""",
                (rs, i) -> new Entry(resolutionId, rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)),
                resolutionId).stream().findFirst();
    }

    @EventHandler
    void on(ResolutionAdopted e) {
        jdbc.update("""
                insert into resolution_directory (resolution_id, meeting_id, organisation_id, adopted_on)
                values (?, ?, ?, ?)""", e.resolutionId(), e.meetingId(), e.organisationId(), e.adoptedOn());
    }

    @EventHandler
    void on(ResolutionSuperseded e) {
        jdbc.update("update resolution_directory set superseded_by = ? where resolution_id = ?",
                e.supersededBy(), e.resolutionId());
        jdbc.update("update resolution_directory set supersedes = ? where resolution_id = ?",
                e.resolutionId(), e.supersededBy());
    }
}
