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
    private final Clock clock;

    MemberQueries(NamedParameterJdbcTemplate jdbc, PageQuery pages, OrganisationView organisations, Clock clock) {
        this.jdbc = jdbc;
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
        var params = today()
                .addValue("organisationId", organisationId)
                .addValue("left", left)
                .addValue("status", status == null ? null : status.name());
        return pages.page(COLUMNS, FROM + IN_SUBTREE,
                "o.name, m.cell_id, " + ROLE_ORDER + ", m.full_name, m.member_id", params, paging, MEMBER_ROW);
    }

    public MemberView member(String memberId) {
        return jdbc.query(COLUMNS + FROM + " where m.member_id = :memberId", today().addValue("memberId", memberId), MEMBER_ROW)
                .stream().findFirst()
                .orElseThrow(() -> new NotFoundException("kind.member", memberId));
    }

    /** The member with every exemption and transfer recorded, oldest first. */
    public MemberRecord record(String memberId) {
        MemberView member = member(memberId);
        var params = new MapSqlParameterSource("memberId", memberId);
        List<ExemptionPeriod> exemptions = jdbc.query("""
                select exempt_from, exempt_until, ended_on, reason, decided_by from member_exemption x
                where member_id = :memberId order by exempt_from
                """, params, (rs, i) -> exemption(rs));
        List<Transfer> transfers = jdbc.query("""
                select t.from_cell_id, f.name as from_name, t.to_cell_id, o.name as to_name, t.reason, t.effective_date
                from member_transfer t
                left join organisation f on f.organisation_id = t.from_cell_id
                left join organisation o on o.organisation_id = t.to_cell_id
                where t.member_id = :memberId order by t.position
                """, params, (rs, i) -> new Transfer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                TransferReason.valueOf(rs.getString(5)), date(rs, "effective_date")));
        return new MemberRecord(member, exemptions, transfers);
    }

    private MapSqlParameterSource today() {
        return new MapSqlParameterSource("today", LocalDate.now(clock));
    }

    private static ExemptionPeriod exemption(ResultSet rs) throws SQLException {
        return new ExemptionPeriod(date(rs, "exempt_from"), date(rs, "exempt_until"), date(rs, "ended_on"),
                rs.getString("reason"), rs.getString("decided_by"));
    }
}
