package vn.chibo.query.task;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.Page;
import vn.chibo.events.task.AssigneeKind;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.Evaluation;
import vn.chibo.events.task.TaskContract.NamedAssignee;
import vn.chibo.events.task.TaskContract.Progress;
import vn.chibo.events.task.TaskContract.TaskCard;
import vn.chibo.events.task.TaskOutcome;
import vn.chibo.events.task.TaskStatus;
import vn.chibo.query.projection.AsOf;
import vn.chibo.query.projection.JsonColumns;
import vn.chibo.query.projection.PageQuery;
import vn.chibo.query.projection.Paging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import static vn.chibo.query.projection.Columns.date;
import static vn.chibo.query.projection.Columns.enumOf;
import static vn.chibo.query.projection.Columns.integer;

/** Reads tasks as cards, with their assignees named; the caller gives the condition and the order. */
@Component
public class TaskCards {

    /** The assignees come as a JSON list of {@link NamedAssignee}, in the order they were assigned. */
    private static String columns(AsOf.Day asOf) {
        return """
                select t.*, r.title as resolution_title, o.name as organisation_name,
                       (select json_agg(json_build_object('kind', a.kind, 'id', a.assignee_id,
                                                          'name', coalesce(m.full_name, n.name)) order by a.position)
                        from %s a
                        left join member m on a.kind = 'MEMBER' and m.member_id = a.assignee_id
                        left join organisation n on a.kind = 'ORGANISATION' and n.organisation_id = a.assignee_id
                        where a.task_id = t.task_id) as assignees
                """.formatted(asOf.table("task_assignee"));
    }

    private static String from(AsOf.Day asOf) {
        return """
                from %s t
                join organisation o on o.organisation_id = t.organisation_id
                left join %s r on r.resolution_id = t.resolution_id
                """.formatted(asOf.table("task"), asOf.table("resolution"));
    }

    private static final String BY_DEADLINE = "t.deadline, t.task_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final PageQuery pages;
    private final JsonColumns json;

    TaskCards(NamedParameterJdbcTemplate jdbc, PageQuery pages, JsonColumns json) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.json = json;
    }

    /** A page of the tasks meeting {@code condition} (SQL on {@code t}, the task), by deadline, as recorded by a day. */
    public Page<TaskCard> page(String condition, MapSqlParameterSource params, AsOf.Day asOf, Paging paging) {
        return pages.page(columns(asOf), from(asOf) + " where " + condition, BY_DEADLINE, params, paging,
                (rs, i) -> card(rs));
    }

    /** The tasks of these ids that the read model knows, by deadline. */
    public List<TaskCard> withIds(Collection<String> taskIds, AsOf.Day asOf) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(columns(asOf) + from(asOf) + " where t.task_id in (:taskIds) order by " + BY_DEADLINE,
                new MapSqlParameterSource("taskIds", taskIds), (rs, i) -> card(rs));
    }

    public List<TaskCard> ofResolution(String resolutionId, AsOf.Day asOf) {
        return jdbc.query(columns(asOf) + from(asOf) + " where t.resolution_id = :resolutionId order by " + BY_DEADLINE,
                new MapSqlParameterSource("resolutionId", resolutionId), (rs, i) -> card(rs));
    }

    private TaskCard card(ResultSet rs) throws SQLException {
        return new TaskCard(rs.getString("task_id"), rs.getString("resolution_id"), rs.getString("resolution_title"),
                rs.getString("organisation_id"), rs.getString("organisation_name"), rs.getString("content"),
                rs.getString("requirement"), rs.getString("measures"), date(rs, "deadline"), date(rs, "original_deadline"),
                json.list(rs.getString("assignees"), NamedAssignee.class), rs.getString("supervisor_id"),
                date(rs, "assigned_on"),
                TaskStatus.valueOf(rs.getString("status")), rs.getBoolean("overdue"), rs.getInt("carried_over"),
                progress(rs), date(rs, "completed_on"), rs.getString("completion_note"), evaluation(rs),
                date(rs, "cancelled_on"), rs.getString("cancellation_reason"));
    }

    private static Progress progress(ResultSet rs) throws SQLException {
        if (rs.getString("progress_by_id") == null) {
            return null;
        }
        return new Progress(new Assignee(AssigneeKind.valueOf(rs.getString("progress_by_kind")),
                rs.getString("progress_by_id")), rs.getString("progress_text"), integer(rs, "progress_percent"),
                date(rs, "progress_on"));
    }

    private static Evaluation evaluation(ResultSet rs) throws SQLException {
        if (rs.getString("outcome") == null) {
            return null;
        }
        return new Evaluation(rs.getString("evaluated_at_meeting"), enumOf(rs, "outcome", TaskOutcome.class),
                rs.getString("outcome_reason"), date(rs, "evaluated_on"));
    }
}
