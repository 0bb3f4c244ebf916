package vn.chibo.query.organisation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.service.web.NotFoundException;

import java.time.LocalDate;
import java.util.List;

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

    private static final String SUMMARY = """
            with recursive down (organisation_id) as (
                select cast(? as varchar)
                union all
                select h.organisation_id from down d join organisation_position h on h.parent_id = d.organisation_id
                   and %1$s),
            placed as (
                select m.status, m.promoted_on, coalesce(
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
                                       or t.to_cell_id in (select organisation_id from down)))))
            select o.organisation_id, o.name, o.kind, o.level_label, o.cell_type,
                   (select h.parent_id from organisation_position h where h.organisation_id = o.organisation_id and %1$s),
                   (select count(*) - 1 from ancestors_in(o.organisation_id, ?, ?)),
                   (select count(*) from down d join organisation c on c.organisation_id = d.organisation_id
                    where c.kind = 'CELL'),
                   (select count(*) from placed p where p.cell_id in (select organisation_id from down)
                      and coalesce(p.promoted_on <= ?, p.status = 'OFFICIAL')),
                   (select count(*) from placed p where p.cell_id in (select organisation_id from down)
                      and not coalesce(p.promoted_on <= ?, p.status = 'OFFICIAL'))
            from organisation o where o.organisation_id = ?
            """.formatted(ON_DAY);

    private final JdbcTemplate jdbc;

    TreeAsOf(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public OrganisationSummary summary(String organisationId, LocalDate day) {
        requireStood(organisationId, day);
        return jdbc.queryForObject(SUMMARY, (rs, i) -> new OrganisationSummary(rs.getString(1), rs.getString(2),
                        OrganisationKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5) == null ? null : CellType.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7),
                        rs.getLong(8), rs.getLong(9), rs.getLong(10)),
                organisationId, day, day, day, day, day, day, day, day, day, day, day, day, organisationId);
    }

    /** The organisations directly below on the day, committees first, by name. */
    public List<OrganisationSummary> children(String organisationId, LocalDate day) {
        requireStood(organisationId, day);
        return jdbc.queryForList("""
                        select h.organisation_id from organisation_position h join organisation o on o.organisation_id = h.organisation_id
                        where h.parent_id = ?
                        """ + " and " + ON_DAY + " order by o.kind desc, o.name",
                String.class, organisationId, day, day).stream().map(id -> summary(id, day)).toList();
    }

    /** The organisation's ancestors on the day from the root down, and the organisation itself last. */
    public List<OrganisationSummary> path(String organisationId, LocalDate day) {
        requireStood(organisationId, day);
        return jdbc.queryForList("select ancestor_id from ancestors_in(?, ?, ?) order by distance desc", String.class,
                organisationId, day, day).stream().map(id -> summary(id, day)).toList();
    }

    private void requireStood(String organisationId, LocalDate day) {
        if (jdbc.queryForList("select 1 from organisation_position h where h.organisation_id = ? and " + ON_DAY,
                Integer.class, organisationId, day, day).isEmpty()) {
            boolean known = !jdbc.queryForList("select 1 from organisation where organisation_id = ?", Integer.class,
                    organisationId).isEmpty();
            throw new NotFoundException(known ? "kind.organisation-on-date" : "kind.organisation", organisationId);
        }
    }
}
