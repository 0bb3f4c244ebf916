package vn.chibo.command.plan;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.plan.PlanContract.PlanApproved;
import vn.chibo.events.plan.PlanContract.PlanSubmitted;
import vn.chibo.events.plan.PlanContract.PlanSuperseded;
import vn.chibo.events.plan.PlanContract.PlanTransferred;
import vn.chibo.events.plan.PlanContract.PlannedTheme;

import java.util.List;
import java.util.Optional;

/** Kept in the transaction that appends the plan's events (subscribing processing group). */
@Component
@ProcessingGroup("organisation-directory")
class JdbcPlanDirectory implements PlanDirectory {

    private final JdbcTemplate jdbc;

    JdbcPlanDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> planFor(String cellId, int year) {
        return jdbc.queryForList("select plan_id from plan_directory where cell_id = ? and year = ?",
                String.class, cellId, year).stream().findFirst();
    }

    @Override
    public List<String> plansOf(String cellId) {
        return jdbc.queryForList("select plan_id from plan_directory where cell_id = ? and superseded_by is null"
                + " order by year, plan_id", String.class, cellId);
    }

    @Override
    public Optional<String> planUsingTheme(String themeId) {
        return jdbc.queryForList("select plan_id from plan_theme where theme_id = ? limit 1", String.class, themeId)
                .stream().findFirst();
    }

    @Override
    public Optional<ApprovedTheme> approvedTheme(String themeId) {
        return jdbc.query("""
                        select t.plan_id, p.cell_id, p.year, t.quarter, t.title, t.lead_reporter_id
                        from plan_theme t
                        join plan_directory p on p.plan_id = t.plan_id and p.approved_submission = t.submission
                                             and p.superseded_by is null
                        where t.theme_id = ?""",
                (rs, i) -> new ApprovedTheme(themeId, rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6)),
                themeId).stream().findFirst();
    }

    @EventHandler
    void on(PlanSubmitted e) {
        if (e.submission() == 1) {
            jdbc.update("insert into plan_directory (plan_id, cell_id, year) values (?, ?, ?)",
                    e.planId(), e.cellId(), e.year());
        }
        for (PlannedTheme theme : e.themes()) {
            jdbc.update("""
                    insert into plan_theme (plan_id, submission, theme_id, quarter, title, lead_reporter_id)
                    values (?, ?, ?, ?, ?, ?)""", e.planId(), e.submission(), theme.themeId(), theme.quarter(),
                    theme.title(), theme.leadReporterId());
        }
    }

    @EventHandler
    void on(PlanApproved e) {
        jdbc.update("update plan_directory set approved_submission = ? where plan_id = ?", e.submission(), e.planId());
    }

    @EventHandler
    void on(PlanTransferred e) {
        jdbc.update("update plan_directory set cell_id = ? where plan_id = ?", e.toCellId(), e.planId());
    }

    @EventHandler
    void on(PlanSuperseded e) {
        jdbc.update("update plan_directory set superseded_by = ? where plan_id = ?", e.survivorPlanId(), e.planId());
    }
}
