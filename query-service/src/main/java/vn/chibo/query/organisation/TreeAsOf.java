package vn.chibo.query.organisation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.query.projection.Columns;
import vn.chibo.service.web.NotFoundException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * The tree as it stood on a past day ({@code ?asOf=}), read from the tree's history: each organisation
 * under the parent it had that day, with the cells and members of its subtree that day (members placed
 * by their transfers, counted as probationary until promoted). Names are today's. An organisation that
 * did not stand in the tree that day (not yet created, or ended) is not found.
 */
@Component
public class TreeAsOf {

    /** The positions held on day ?. */
    private static final String ON_DAY = "h.valid_from <= ? and (h.valid_to is null or h.valid_to > ?)";

    /** Organisations ? with their parent, cells and members on day ?, read together (depths come from the caller). */
    private static final String SUMMARIES = """
            with recursive down (root, organisation_id) as (
                select r, r from unnest(cast(? as varchar[])) r
                union all
                select d.root, h.organisation_id from down d join organisation_position h on h.parent_id = d.organisation_id
                   and %1$s),
            placed as (
                select coalesce(m.promoted_on <= ?, m.status = 'OFFICIAL') as official, coalesce(
                    (select t.to_cell_id from member_transfer t where t.member_id = m.member_id and t.effective_date <= ?
                     order by t.effective_date desc, t.position desc limit 1),
                    (select t.from_cell_id from member_transfer t where t.member_id = m.member_id and t.effective_date > ?
                     order by t.effective_date, t.position limit 1),
                    m.cell_id) as cell_id
                from member m
                where m.joined_on <= ? and (m.left_on is null or m.left_on > ?)
                  and (m.cell_id in (select organisation_id from down)
                       or exists (select 1 from member_transfer t where t.member_id = m.member_id
                                  and (t.from_cell_id in (select organisation_id from down)
                                       or t.to_cell_id in (select organisation_id from down))))),
            cells as (
                select d.root, count(*) as cells from down d join organisation c on c.organisation_id = d.organisation_id
                where c.kind = 'CELL' group by d.root),
            members as (
                select d.root, count(*) filter (where p.official) as official, count(*) filter (where not p.official) as probationary
                from placed p join down d on d.organisation_id = p.cell_id group by d.root)
            select o.organisation_id, o.name, o.kind, o.level_label, o.cell_type,
                   (select h.parent_id from organisation_position h where h.organisation_id = o.organisation_id and %1$s),
                   coalesce(c.cells, 0), coalesce(m.official, 0), coalesce(m.probationary, 0)
            from organisation o left join cells c on c.root = o.organisation_id left join members m on m.root = o.organisation_id
            where o.organisation_id = any(cast(? as varchar[]))
            """.formatted(ON_DAY);

    private final JdbcTemplate jdbc;

    TreeAsOf(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public OrganisationSummary summary(String organisationId, LocalDate day) {
        int depth = depthOn(organisationId, day);
        return summaries(List.of(organisationId), day, i -> depth).get(0);
    }

    /** The organisations directly below on the day, committees first, by name. */
    public List<OrganisationSummary> children(String organisationId, LocalDate day) {
        int depth = depthOn(organisationId, day) + 1;
        return summaries(jdbc.queryForList("""
                        select h.organisation_id from organisation_position h join organisation o on o.organisation_id = h.organisation_id
                        where h.parent_id = ?
                        """ + " and " + ON_DAY + " order by o.kind desc, o.name",
                String.class, organisationId, day, day), day, i -> depth);
    }

    /** The organisation's ancestors on the day from the root down, and the organisation itself last. */
    public List<OrganisationSummary> path(String organisationId, LocalDate day) {
        requireStood(organisationId, day);
        return summaries(jdbc.queryForList("select ancestor_id from ancestors_in(?, ?, ?) order by distance desc",
                String.class, organisationId, day, day), day, i -> i);
    }

    /** The organisations as they stood on the day, in the order given, the i-th at depth {@code depth(i)}. */
    private List<OrganisationSummary> summaries(List<String> ids, LocalDate day, IntUnaryOperator depth) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String idArray = Columns.idArray(ids);
        Map<String, OrganisationSummary> byId = new HashMap<>();
        jdbc.query(SUMMARIES, (rs, i) -> new OrganisationSummary(rs.getString(1), rs.getString(2),
                        OrganisationKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5) == null ? null : CellType.valueOf(rs.getString(5)), rs.getString(6), 0,
                        rs.getLong(7), rs.getLong(8), rs.getLong(9)),
                idArray, day, day, day, day, day, day, day, day, day, idArray)
                .forEach(summary -> byId.put(summary.organisationId(), summary));
        return IntStream.range(0, ids.size()).mapToObj(i -> withDepth(byId.get(ids.get(i)), depth.applyAsInt(i))).toList();
    }

    private static OrganisationSummary withDepth(OrganisationSummary s, int depth) {
        return new OrganisationSummary(s.organisationId(), s.name(), s.kind(), s.levelLabel(), s.cellType(), s.parentId(),
                depth, s.cells(), s.officialMembers(), s.probationaryMembers());
    }

    /** The organisation's depth on the day, once it is known to have stood in the tree that day. */
    private int depthOn(String organisationId, LocalDate day) {
        requireStood(organisationId, day);
        return jdbc.queryForObject("select count(*) - 1 from ancestors_in(?, ?, ?)", Integer.class, organisationId, day, day);
    }

    /** Not found unless the organisation stood in the tree on the day. */
    public void requireStood(String organisationId, LocalDate day) {
        if (jdbc.queryForList("select 1 from organisation_position h where h.organisation_id = ? and " + ON_DAY,
                Integer.class, organisationId, day, day).isEmpty()) {
            boolean known = !jdbc.queryForList("select 1 from organisation where organisation_id = ?", Integer.class,
                    organisationId).isEmpty();
            throw new NotFoundException(known ? "kind.organisation-on-date" : "kind.organisation", organisationId);
        }
    }
}
