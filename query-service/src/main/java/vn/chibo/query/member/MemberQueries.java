package vn.chibo.query.member;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.Page;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.LeavingReason;
import vn.chibo.events.member.MemberContract.ExemptionPeriod;
import vn.chibo.events.member.MemberContract.MemberRecord;
import vn.chibo.events.member.MemberContract.MemberView;
import vn.chibo.events.member.MemberContract.Transfer;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.member.TransferReason;
import vn.chibo.query.organisation.OrganisationView;
import vn.chibo.query.organisation.TreeAsOf;
import vn.chibo.query.projection.PageQuery;
import vn.chibo.query.projection.Paging;
import vn.chibo.query.projection.Subtree;
import vn.chibo.service.web.NotFoundException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static vn.chibo.query.projection.Columns.date;
import static vn.chibo.query.projection.Columns.enumOf;

/** Reads of the members read model. */
@Component
public class MemberQueries {

    private static final String COLUMNS = """
            select m.member_id, m.full_name, m.cell_id, o.name as cell_name, m.status, m.role, m.joined_on,
                   m.promoted_on, m.in_cell_since, x.exempt_from, x.exempt_until, x.ended_on, x.reason, x.decided_by,
                   m.left_on, m.leaving_reason
            """;

    /** Members with the exemption in force on {@code :today}, if any (exemptions never overlap). */
    private static final String FROM = """
            from member m
            join organisation o on o.organisation_id = m.cell_id
            left join member_exemption x on x.member_id = m.member_id and x.exempt_from <= :today
                 and (x.exempt_until is null or x.exempt_until >= :today)
            """;

    private static final String IN_SUBTREE = """
             where m.cell_id in %s
               and (m.left_on is not null) = :left
               and (cast(:status as varchar) is null or m.status = :status)
            """.formatted(Subtree.OF_ORGANISATION);

    /**
     * The members as they stood at the end of {@code :today} (a past day): placed by their transfers, official
     * from their promotion, left from their leaving; those who joined later are not there. Roles are not
     * kept as history: today's role in the cell the member still sits in, otherwise plain member.
     */
    private static final String FROM_ON = """
            from (select m.member_id, m.full_name, p.cell_id,
                         case when coalesce(m.promoted_on <= :today, m.status = 'OFFICIAL') then 'OFFICIAL'
                              else 'PROBATIONARY' end as status,
                         case when p.cell_id = m.cell_id then m.role else 'MEMBER' end as role,
                         m.joined_on, case when m.promoted_on <= :today then m.promoted_on end as promoted_on,
                         coalesce((select max(t.effective_date) from member_transfer t
                                   where t.member_id = m.member_id and t.effective_date <= :today), m.joined_on) as in_cell_since,
                         case when m.left_on <= :today then m.left_on end as left_on,
                         case when m.left_on <= :today then m.leaving_reason end as leaving_reason
                  from member m cross join lateral (select coalesce(
                      (select t.to_cell_id from member_transfer t where t.member_id = m.member_id and t.effective_date <= :today
                       order by t.effective_date desc, t.position desc limit 1),
                      (select t.from_cell_id from member_transfer t where t.member_id = m.member_id and t.effective_date > :today
                       order by t.effective_date, t.position limit 1),
                      m.cell_id) as cell_id) p
                  where m.joined_on <= :today) m
            join organisation o on o.organisation_id = m.cell_id
            left join member_exemption x on x.member_id = m.member_id and x.exempt_from <= :today
                 and (x.exempt_until is null or x.exempt_until >= :today)
            """;

    /** The cells of the subtree as the tree stood on {@code :today}. */
    private static final String IN_SUBTREE_ON = """
             where m.cell_id in (with recursive down (organisation_id) as (
                     select cast(:organisationId as varchar)
                     union all
                     select h.organisation_id from down d join organisation_position h on h.parent_id = d.organisation_id
                        and h.valid_from <= :today and (h.valid_to is null or h.valid_to > :today))
                   select organisation_id from down)
               and (m.left_on is not null) = :left
               and (cast(:status as varchar) is null or m.status = :status)
            """;

    private static final String ROLE_ORDER =
            "array_position(array['SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'MEMBER']::varchar[], m.role)";

    private static final RowMapper<MemberView> MEMBER_ROW = (rs, i) -> new MemberView(
            rs.getString("member_id"), rs.getString("full_name"), rs.getString("cell_id"), rs.getString("cell_name"),
            MembershipStatus.valueOf(rs.getString("status")), CellRole.valueOf(rs.getString("role")),
            date(rs, "joined_on"), date(rs, "promoted_on"), date(rs, "in_cell_since"),
            date(rs, "exempt_from") == null ? null : exemption(rs),
            date(rs, "left_on"), enumOf(rs, "leaving_reason", LeavingReason.class));

    private final NamedParameterJdbcTemplate jdbc;
    private final PageQuery pages;
    private final OrganisationView organisations;
    private final TreeAsOf tree;
    private final Clock clock;

    MemberQueries(NamedParameterJdbcTemplate jdbc, PageQuery pages, OrganisationView organisations, TreeAsOf tree,
                  Clock clock) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.pages = pages;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * The members of the organisation's cells (its whole subtree), by cell, leaders first: those still
     * there, or ({@code left}) those who left; of one status if given.
     */
    public Page<MemberView> members(String organisationId, MembershipStatus status, boolean left, Paging paging) {
        organisations.summary(organisationId);
        return members(FROM + IN_SUBTREE, today(), organisationId, status, left, paging);
    }

    /** The same, as the members and the tree stood on a past day (see {@link #FROM_ON}). */
    public Page<MemberView> membersOn(LocalDate day, String organisationId, MembershipStatus status, boolean left,
                                      Paging paging) {
        tree.requireStood(organisationId, day);
        return members(FROM_ON + IN_SUBTREE_ON, on(day), organisationId, status, left, paging);
    }

    private Page<MemberView> members(String from, MapSqlParameterSource params, String organisationId,
                                     MembershipStatus status, boolean left, Paging paging) {
        params.addValue("organisationId", organisationId)
                .addValue("left", left)
                .addValue("status", status == null ? null : status.name());
        return pages.page(COLUMNS, from,
                "o.name, m.cell_id, " + ROLE_ORDER + ", m.full_name, m.member_id", params, paging, MEMBER_ROW);
    }

    public MemberView member(String memberId) {
        return member(FROM, today(), memberId);
    }

    private MemberView member(String from, MapSqlParameterSource params, String memberId) {
        return jdbc.query(COLUMNS + from + " where m.member_id = :memberId", params.addValue("memberId", memberId), MEMBER_ROW)
                .stream().findFirst()
                .orElseThrow(() -> new NotFoundException("kind.member", memberId));
    }

    /** The member with every exemption and transfer recorded, oldest first. */
    public MemberRecord record(String memberId) {
        return record(member(memberId), null);
    }

    /** The member as they stood on a past day, with the exemptions and transfers from before it; 404 if not yet a member. */
    public MemberRecord recordOn(String memberId, LocalDate day) {
        return record(member(FROM_ON, on(day), memberId), day);
    }

    /** The record with what happened up to the day ({@code null}: everything). */
    private MemberRecord record(MemberView member, LocalDate day) {
        String memberId = member.memberId();
        var params = new MapSqlParameterSource("memberId", memberId).addValue("day", day);
        List<ExemptionPeriod> exemptions = jdbc.query("""
                select exempt_from, exempt_until, ended_on, reason, decided_by from member_exemption x
                where member_id = :memberId and (cast(:day as date) is null or exempt_from <= :day) order by exempt_from
                """, params, (rs, i) -> exemption(rs));
        List<Transfer> transfers = jdbc.query("""
                select t.from_cell_id, f.name as from_name, t.to_cell_id, o.name as to_name, t.reason, t.effective_date
                from member_transfer t
                left join organisation f on f.organisation_id = t.from_cell_id
                left join organisation o on o.organisation_id = t.to_cell_id
                where t.member_id = :memberId and (cast(:day as date) is null or t.effective_date <= :day) order by t.position
                """, params, (rs, i) -> new Transfer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                TransferReason.valueOf(rs.getString(5)), date(rs, "effective_date")));
        return new MemberRecord(member, exemptions, transfers);
    }

    private MapSqlParameterSource today() {
        return on(LocalDate.now(clock));
    }

    private static MapSqlParameterSource on(LocalDate day) {
        return new MapSqlParameterSource("today", day);
    }

    private static ExemptionPeriod exemption(ResultSet rs) throws SQLException {
        return new ExemptionPeriod(date(rs, "exempt_from"), date(rs, "exempt_until"), date(rs, "ended_on"),
                rs.getString("reason"), rs.getString("decided_by"));
    }
}
