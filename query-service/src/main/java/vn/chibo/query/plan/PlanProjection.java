package vn.chibo.query.plan;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.chibo.query.projection.ReadModelJdbc;
import vn.chibo.events.plan.PlanContract.PlanApproved;
import vn.chibo.events.plan.PlanContract.PlanReturned;
import vn.chibo.events.plan.PlanContract.PlanSuperseded;
import vn.chibo.events.plan.PlanContract.PlanTransferred;
import vn.chibo.events.plan.PlanContract.PlanSubmitted;
import vn.chibo.events.plan.PlanContract.PlannedTheme;
import vn.chibo.query.projection.Admission;
import vn.chibo.query.projection.ReadModel;
import vn.chibo.query.projection.WaitingRoom;

import java.util.List;

/** Each cell's thematic plan: its latest submission, the last decision, and the submission in force. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class PlanProjection {

    private static final String AGGREGATE = "plan";

    private final ReadModelJdbc jdbc;
    private final Admission admission;

    PlanProjection(ReadModelJdbc jdbc, WaitingRoom waitingRoom, Admission admission) {
        this.jdbc = jdbc;
        this.admission = admission;
        waitingRoom.onRelease(PlanSubmitted.class, this::on);
        waitingRoom.onRelease(PlanApproved.class, this::on);
        waitingRoom.onRelease(PlanReturned.class, this::on);
        waitingRoom.onRelease(PlanTransferred.class, this::on);
        waitingRoom.onRelease(PlanSuperseded.class, this::on);
    }

    /** A new submission waits for a decision; an approved submission stays in force meanwhile. */
    @EventHandler
    void on(PlanSubmitted e) {
        if (!admission.of(e.cellId(), e)) {
            return;
        }
        jdbc.defer("""
                insert into plan (plan_id, cell_id, committee_id, year, submission, status, submitted_on)
                values (?, ?, ?, ?, ?, 'SUBMITTED', ?)
                on conflict (plan_id) do update set committee_id = excluded.committee_id,
                    submission = excluded.submission, status = 'SUBMITTED', submitted_on = excluded.submitted_on,
                    decided_by = null, decision_comment = null, decided_on = null
                """, e.planId(), e.cellId(), e.committeeId(), e.year(), e.submission(), e.submittedOn());
        List<PlannedTheme> themes = e.themes();
        for (int i = 0; i < themes.size(); i++) {
            PlannedTheme theme = themes.get(i);
            jdbc.defer("""
                    insert into plan_theme (plan_id, submission, position, theme_id, quarter, title, lead_reporter_id)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """, e.planId(), e.submission(), i, theme.themeId(), theme.quarter(), theme.title(),
                    theme.leadReporterId());
        }
        admission.firstApplied(AGGREGATE, e.planId());
    }

    @EventHandler
    void on(PlanApproved e) {
        if (admitted(e.planId(), e)) {
            jdbc.defer("""
                    update plan set status = 'APPROVED', approved_submission = ?, decided_by = ?, decision_comment = ?,
                           decided_on = ?
                    where plan_id = ?
                    """, e.submission(), e.decidedBy(), e.comment(), e.decidedOn(), e.planId());
        }
    }

    @EventHandler
    void on(PlanReturned e) {
        if (admitted(e.planId(), e)) {
            jdbc.defer("""
                    update plan set status = 'RETURNED', decided_by = ?, decision_comment = ?, decided_on = ?
                    where plan_id = ?
                    """, e.decidedBy(), e.comment(), e.decidedOn(), e.planId());
        }
    }

    /** A merge hands the plan to the surviving cell, under that cell's committee. */
    @EventHandler
    void on(PlanTransferred e) {
        if (admitted(e.planId(), e)) {
            jdbc.defer("""
                    update plan set cell_id = ?,
                           committee_id = coalesce((select parent_id from organisation where organisation_id = ?), committee_id)
                    where plan_id = ?
                    """, e.toCellId(), e.toCellId(), e.planId());
        }
    }

    @EventHandler
    void on(PlanSuperseded e) {
        if (admitted(e.planId(), e)) {
            jdbc.defer("update plan set status = 'SUPERSEDED' where plan_id = ?", e.planId());
        }
    }

    private boolean admitted(String planId, Object event) {
        return admission.following(AGGREGATE, planId, () -> jdbc.query("select cell_id from plan where plan_id = ?",
                (rs, i) -> rs.getString(1), planId).stream().findFirst(), event);
    }
}
