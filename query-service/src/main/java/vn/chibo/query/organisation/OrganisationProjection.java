package vn.chibo.query.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.ReadModelJdbc;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationContract.OrganisationAbsorbed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationDissolved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationMoved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationRenamed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSplit;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.query.projection.ChangeFeed;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.SubtreeTotals;
import vn.chibo.query.projection.WaitingRoom;

/** The organisation tree, its closure (each organisation with all its ancestors) and subtree totals. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class OrganisationProjection {

    private final ReadModelJdbc jdbc;
    private final WaitingRoom waitingRoom;
    private final ChangeFeed changes;
    private final TreeChanges tree;
    private final SubtreeTotals totals;

    OrganisationProjection(ReadModelJdbc jdbc, WaitingRoom waitingRoom, ChangeFeed changes, TreeChanges tree,
                           SubtreeTotals totals) {
        this.jdbc = jdbc;
        this.waitingRoom = waitingRoom;
        this.changes = changes;
        this.tree = tree;
        this.totals = totals;
        waitingRoom.onRelease(OrganisationCreated.class, this::on);
        waitingRoom.onRelease(OrganisationRenamed.class, this::on);
        waitingRoom.onRelease(OrganisationMoved.class, this::on);
        waitingRoom.onRelease(OrganisationDissolved.class, this::on);
        waitingRoom.onRelease(OrganisationAbsorbed.class, this::on);
        waitingRoom.onRelease(OrganisationSplit.class, this::on);
    }

    @EventHandler
    void on(OrganisationCreated e) {
        if (e.parentId() != null && !waitingRoom.admit(e.parentId(), e)) {
            return;
        }
        jdbc.defer("""
                insert into organisation (organisation_id, name, kind, level_label, cell_type, parent_id, depth, created_on)
                values (?, ?, ?, ?, ?, ?, coalesce((select depth + 1 from organisation where organisation_id = ?), 0), ?)
                """, e.organisationId(), e.name(), e.kind().name(), e.levelLabel(),
                e.cellType() == null ? null : e.cellType().name(), e.parentId(), e.parentId(), e.effectiveDate());
        jdbc.defer("""
                insert into organisation_ancestor (organisation_id, ancestor_id, distance)
                select ?, ?, 0
                union all
                select ?, ancestor_id, distance + 1 from organisation_ancestor where organisation_id = ?
                """, e.organisationId(), e.organisationId(), e.organisationId(), e.parentId());
        jdbc.defer("insert into organisation_totals (organisation_id) values (?)", e.organisationId());
        if (e.kind() == OrganisationKind.CELL) {
            totals.cellCreated(e.organisationId());
        }
        tree.created(e.organisationId(), e.parentId(), e.effectiveDate());
        changes.touched(e.organisationId());
        waitingRoom.release(e.organisationId());
    }

    @EventHandler
    void on(OrganisationMoved e) {
        if (!waitingRoom.admit(e.organisationId(), e) || !waitingRoom.admit(e.parentId(), e)) {
            return;
        }
        tree.move(e.organisationId(), e.parentId(), e.effectiveDate());
        changes.touched(e.parentId());
        if (e.previousParentId() != null) {
            changes.touched(e.previousParentId());
        }
    }

    @EventHandler
    void on(OrganisationDissolved e) {
        if (waitingRoom.admit(e.organisationId(), e)) {
            tree.end(e.organisationId(), e.effectiveDate());
            changes.touched(e.organisationId());
        }
    }

    @EventHandler
    void on(OrganisationAbsorbed e) {
        if (waitingRoom.admit(e.organisationId(), e)) {
            tree.end(e.organisationId(), e.effectiveDate());
            changes.touched(e.organisationId());
        }
    }

    /** The split organisation ends; its parts come as organisations created, and moves of what they took. */
    @EventHandler
    void on(OrganisationSplit e) {
        if (waitingRoom.admit(e.organisationId(), e)) {
            tree.end(e.organisationId(), e.effectiveDate());
            changes.touched(e.organisationId());
        }
    }

    @EventHandler
    void on(OrganisationRenamed e) {
        if (waitingRoom.admit(e.organisationId(), e)) {
            jdbc.defer("update organisation set name = ? where organisation_id = ?", e.name(), e.organisationId());
            changes.touched(e.organisationId());
        }
    }
}
