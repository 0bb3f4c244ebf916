package vn.chibo.command.member;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MemberContract.CellRoleAssigned;
import vn.chibo.events.member.MemberContract.ExemptionEnded;
import vn.chibo.events.member.MemberContract.ExemptionGranted;
import vn.chibo.events.member.MemberContract.MemberLeft;
import vn.chibo.events.member.MemberContract.MemberPromoted;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MemberContract.MemberTransferred;
import vn.chibo.events.member.MembershipStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The roster kept in command-service's database by the subscribing directory processor, in the
 * transaction that appends the events. Each change of cell, status or role closes the member's open
 * period and opens the next one on its effective date, so the roster of any past day can be read.
 */
@Component
@ProcessingGroup("organisation-directory")
class JdbcMemberRoster implements MemberRoster {

    /** Periods joined with the exemption covering the date asked (the first two parameters). */
    private static final String SELECT = """
            select r.member_id, r.cell_id, r.full_name, r.status, r.role, x.exempt_from, x.exempt_until
            from member_roster r
            left join member_exemption x on x.member_id = r.member_id and x.exempt_from <= ?
                 and (x.exempt_until is null or x.exempt_until >= ?)
            """;
    private static final String ORDER = " order by r.full_name, r.member_id";
    private static final RowMapper<RosterEntry> ENTRY = (rs, i) -> new RosterEntry(rs.getString("member_id"),
            rs.getString("cell_id"), rs.getString("full_name"), MembershipStatus.valueOf(rs.getString("status")),
            CellRole.valueOf(rs.getString("role")), rs.getObject("exempt_from") != null,
            rs.getObject("exempt_until", LocalDate.class));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcMemberRoster(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<RosterEntry> of(String cellId, LocalDate date) {
        return jdbc.query(SELECT + " where r.cell_id = ? and r.valid_from <= ? and (r.valid_to is null or r.valid_to > ?)"
                + ORDER, ENTRY, date, date, cellId, date, date);
    }

    @Override
    public Optional<RosterEntry> member(String memberId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.query(SELECT + " where r.member_id = ? and r.valid_to is null", ENTRY, today, today, memberId)
                .stream().findFirst();
    }

    @Override
    public List<RosterEntry> current(String cellId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.query(SELECT + " where r.cell_id = ? and r.valid_to is null" + ORDER, ENTRY, today, today, cellId);
    }

    @EventHandler
    void on(MemberRegistered e) {
        jdbc.update("""
                insert into member_roster (member_id, cell_id, full_name, status, role, valid_from)
                values (?, ?, ?, ?, ?, ?)
                """, e.memberId(), e.cellId(), e.fullName(), e.status().name(), CellRole.MEMBER.name(), e.joinedOn());
    }

    @EventHandler
    void on(MemberPromoted e) {
        nextPeriod(e.memberId(), e.promotedOn(), null, MembershipStatus.OFFICIAL, null);
    }

    @EventHandler
    void on(CellRoleAssigned e) {
        nextPeriod(e.memberId(), e.effectiveDate(), null, null, e.role());
    }

    @EventHandler
    void on(MemberTransferred e) {
        nextPeriod(e.memberId(), e.effectiveDate(), e.toCellId(), null, CellRole.MEMBER);
    }

    @EventHandler
    void on(MemberLeft e) {
        jdbc.update("update member_roster set valid_to = ? where member_id = ? and valid_to is null",
                e.effectiveDate(), e.memberId());
    }

    @EventHandler
    void on(ExemptionGranted e) {
        jdbc.update("insert into member_exemption (member_id, exempt_from, exempt_until) values (?, ?, ?)",
                e.memberId(), e.exemptFrom(), e.exemptUntil());
    }

    /** The exemption in force on the day it ends now stops the day before. */
    @EventHandler
    void on(ExemptionEnded e) {
        jdbc.update("""
                update member_exemption set exempt_until = ?
                where member_id = ? and exempt_from <= ? and (exempt_until is null or exempt_until >= ?)
                """, e.endedOn().minusDays(1), e.memberId(), e.endedOn(), e.endedOn());
    }

    /** Closes the open period on {@code from} and opens a copy of it with the given changes (null: unchanged). */
    private void nextPeriod(String memberId, LocalDate from, String cellId, MembershipStatus status, CellRole role) {
        jdbc.update("""
                with closed as (
                    update member_roster set valid_to = ? where member_id = ? and valid_to is null returning *)
                insert into member_roster (member_id, cell_id, full_name, status, role, valid_from)
                select member_id, coalesce(cast(? as varchar), cell_id), full_name, coalesce(cast(? as varchar), status),
                       coalesce(cast(? as varchar), role), ?
                from closed
                """, from, memberId, cellId, status == null ? null : status.name(), role == null ? null : role.name(), from);
    }
}
