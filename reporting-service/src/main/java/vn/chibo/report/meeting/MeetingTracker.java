package vn.chibo.report.meeting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationContract.OrganisationRenamed;

/** Keeps, in reporting-service's own database, the organisations and the meetings held it reports on. */
@Component
@ProcessingGroup("reporting")
class MeetingTracker {

    private final JdbcTemplate jdbc;

    MeetingTracker(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganisationCreated e) {
        jdbc.update("insert into report_organisation (organisation_id, name, kind, parent_id) values (?, ?, ?, ?)",
                e.organisationId(), e.name(), e.kind().name(), e.parentId());
    }

    @EventHandler
    void on(OrganisationRenamed e) {
        jdbc.update("update report_organisation set name = ? where organisation_id = ?", e.name(), e.organisationId());
    }

    @EventHandler
    void on(MeetingHeld e) {
        jdbc.update("""
                insert into report_meeting (meeting_id, organisation_id, kind, started_at, ended_at) values (?, ?, ?, ?, ?)
                """, e.meetingId(), e.organisationId(), e.kind().name(), e.startedAt(), e.endedAt());
    }
}
