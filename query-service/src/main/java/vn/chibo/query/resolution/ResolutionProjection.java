package vn.chibo.query.resolution;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.ReadModelJdbc;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAdopted;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAmended;
import vn.chibo.events.resolution.ResolutionContract.ResolutionSuperseded;
import vn.chibo.query.projection.Admission;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.WaitingRoom;

import java.util.Optional;

/** Resolutions and conclusions as adopted, their amendments, and their supersession. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class ResolutionProjection {

    private static final String AGGREGATE = "resolution";

    private final ReadModelJdbc jdbc;
    private final Admission admission;

    ResolutionProjection(ReadModelJdbc jdbc, WaitingRoom waitingRoom, Admission admission) {
        this.jdbc = jdbc;
        this.admission = admission;
        waitingRoom.onRelease(ResolutionAdopted.class, this::on);
        waitingRoom.onRelease(ResolutionAmended.class, this::on);
        waitingRoom.onRelease(ResolutionSuperseded.class, this::on);
    }

    @EventHandler
    void on(ResolutionAdopted e) {
        if (!admission.of(e.organisationId(), e)) {
            return;
        }
        jdbc.defer("""
                insert into resolution (resolution_id, meeting_id, organisation_id, kind, number, title, text, adopted_on)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, e.resolutionId(), e.meetingId(), e.organisationId(), e.kind().name(), e.number(), e.title(),
                e.text(), e.adoptedOn());
        admission.firstApplied(AGGREGATE, e.resolutionId());
    }

    @EventHandler
    void on(ResolutionAmended e) {
        if (admitted(e.resolutionId(), e)) {
            jdbc.defer("""
                    insert into resolution_amendment (resolution_id, amendment, change, amended_by, reason, amended_on)
                    values (?, ?, ?, ?, ?, ?)
                    """, e.resolutionId(), e.amendment(), e.change(), e.amendedBy(), e.reason(), e.amendedOn());
        }
    }

    @EventHandler
    void on(ResolutionSuperseded e) {
        if (admitted(e.resolutionId(), e)) {
            jdbc.defer("""
                    update resolution set superseded_by = ?, superseded_on = ?, supersession_reason = ?
                    where resolution_id = ?
                    """, e.supersededBy(), e.supersededOn(), e.reason(), e.resolutionId());
        }
    }

    private boolean admitted(String resolutionId, Object event) {
        return admission.following(AGGREGATE, resolutionId, () -> organisationOf(resolutionId), event);
    }

    private Optional<String> organisationOf(String resolutionId) {
        return jdbc.query(
                "select organisation_id from resolution where resolution_id = ?",
                (rs, i) -> rs.getString(1), resolutionId)
                .stream().findFirst();
    }
}
