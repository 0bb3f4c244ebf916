package vn.chibo.query.task;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.Page;
import vn.chibo.events.task.TaskBoardColumn;
import vn.chibo.events.task.TaskContract.TaskCard;
import vn.chibo.events.task.TaskContract.TaskCounts;
import vn.chibo.query.member.MemberQueries;
import vn.chibo.query.organisation.OrganisationView;
import vn.chibo.query.projection.Paging;
import vn.chibo.query.projection.AsOf;

import java.util.Map;

/**
 * The task board of an organisation's subtree (the tasks of its cells' resolutions) or of one member
 * (the tasks the member is an assignee of): the tasks of one column, and how many stand in each.
 */
@Component
public class TaskBoard {

    /** Which tasks stand in each column, as SQL on {@code t}, the task. */
    private static final Map<TaskBoardColumn, String> COLUMNS = Map.of(
            TaskBoardColumn.OPEN, "t.status = 'OPEN'",
            TaskBoardColumn.OVERDUE, "t.status = 'OPEN' and t.overdue",
            TaskBoardColumn.COMPLETED, "t.status = 'COMPLETED'",
            TaskBoardColumn.DONE, "t.status = 'DONE'",
            TaskBoardColumn.NOT_DONE, "t.status = 'NOT_DONE'",
            TaskBoardColumn.CARRIED_OVER, "t.carried_over > 0",
            TaskBoardColumn.CANCELLED, "t.status = 'CANCELLED'");

    private static String ofOrganisation(AsOf.Day asOf) {
        return "t.organisation_id in " + asOf.subtree();
    }

    private static String ofMember(AsOf.Day asOf) {
        return "t.task_id in (select task_id from %s a where kind = 'MEMBER' and assignee_id = :memberId)"
                .formatted(asOf.table("task_assignee"));
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TaskCards cards;
    private final OrganisationView organisations;
    private final MemberQueries members;

    TaskBoard(NamedParameterJdbcTemplate jdbc, TaskCards cards, OrganisationView organisations, MemberQueries members) {
        this.jdbc = jdbc;
        this.cards = cards;
        this.organisations = organisations;
        this.members = members;
    }

    /** The subtree's tasks (of the day's tree, as recorded by that day with {@code asOf}). */
    public Page<TaskCard> ofOrganisation(String organisationId, TaskBoardColumn column, AsOf.Day asOf, Paging paging) {
        organisations.summary(organisationId);
        return page(ofOrganisation(asOf), new MapSqlParameterSource("organisationId", organisationId), column, asOf,
                paging);
    }

    public TaskCounts countsOfOrganisation(String organisationId, AsOf.Day asOf) {
        organisations.summary(organisationId);
        return counts(ofOrganisation(asOf), new MapSqlParameterSource("organisationId", organisationId), asOf);
    }

    public Page<TaskCard> ofMember(String memberId, TaskBoardColumn column, AsOf.Day asOf, Paging paging) {
        members.member(memberId);
        return page(ofMember(asOf), new MapSqlParameterSource("memberId", memberId), column, asOf, paging);
    }

    public TaskCounts countsOfMember(String memberId, AsOf.Day asOf) {
        members.member(memberId);
        return counts(ofMember(asOf), new MapSqlParameterSource("memberId", memberId), asOf);
    }

    private Page<TaskCard> page(String scope, MapSqlParameterSource params, TaskBoardColumn column, AsOf.Day asOf,
                                Paging paging) {
        return cards.page(column == null ? scope : scope + " and " + COLUMNS.get(column), params, asOf, paging);
    }

    private TaskCounts counts(String scope, MapSqlParameterSource params, AsOf.Day asOf) {
        return jdbc.queryForObject("select "
                        + count(TaskBoardColumn.OPEN) + ", " + count(TaskBoardColumn.OVERDUE) + ", "
                        + count(TaskBoardColumn.COMPLETED) + ", " + count(TaskBoardColumn.DONE) + ", "
                        + count(TaskBoardColumn.NOT_DONE) + ", " + count(TaskBoardColumn.CARRIED_OVER) + ", "
                        + count(TaskBoardColumn.CANCELLED) + " from " + asOf.table("task") + " t where " + scope, params,
                (rs, i) -> new TaskCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7)));
    }

    private static String count(TaskBoardColumn column) {
        return "count(*) filter (where " + COLUMNS.get(column) + ")";
    }
}
