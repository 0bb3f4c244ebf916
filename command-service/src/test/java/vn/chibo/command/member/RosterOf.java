package vn.chibo.command.member;

import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MembershipStatus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A member roster holding exactly the members a test names, the same on every date. */
public class RosterOf implements MemberRoster {

    private final Map<String, RosterEntry> entries = new LinkedHashMap<>();

    public RosterOf official(String memberId, String cellId, String fullName) {
        return with(new RosterEntry(memberId, cellId, fullName, MembershipStatus.OFFICIAL, CellRole.MEMBER, false, null));
    }

    public RosterOf probationary(String memberId, String cellId, String fullName) {
        return with(new RosterEntry(memberId, cellId, fullName, MembershipStatus.PROBATIONARY, CellRole.MEMBER, false,
                null));
    }

    /** An official member named after their id, holding {@code role}. */
    public RosterOf official(String memberId, String cellId, CellRole role) {
        return with(new RosterEntry(memberId, cellId, "Đồng chí " + memberId, MembershipStatus.OFFICIAL, role, false, null));
    }

    public RosterOf probationary(String memberId, String cellId) {
        return probationary(memberId, cellId, "Đồng chí " + memberId);
    }

    /** An official member exempt from meetings until {@code until} (null: until further notice). */
    public RosterOf exempt(String memberId, String cellId, LocalDate until) {
        return with(new RosterEntry(memberId, cellId, "Đồng chí " + memberId, MembershipStatus.OFFICIAL, CellRole.MEMBER,
                true, until));
    }

    /** {@code count} official members of the cell named "Đảng viên 1".."Đảng viên n", ids prefix-1..n. */
    public RosterOf officials(int count, String prefix, String cellId) {
        for (int i = 1; i <= count; i++) {
            official(prefix + "-" + i, cellId, "Đảng viên " + i);
        }
        return this;
    }

    /** Gives an already named member a role. */
    public RosterOf role(String memberId, CellRole role) {
        var e = entries.get(memberId);
        return with(new RosterEntry(e.memberId(), e.cellId(), e.fullName(), e.status(), role, e.exempt(), e.exemptUntil()));
    }

    public RosterOf add(RosterEntry entry) {
        return with(entry);
    }

    public RosterOf with(RosterEntry entry) {
        entries.put(entry.memberId(), entry);
        return this;
    }

    @Override
    public List<RosterEntry> of(String cellId, LocalDate date) {
        return current(cellId);
    }

    @Override
    public Optional<RosterEntry> member(String memberId) {
        return Optional.ofNullable(entries.get(memberId));
    }

    @Override
    public List<RosterEntry> current(String cellId) {
        return entries.values().stream().filter(entry -> entry.cellId().equals(cellId)).toList();
    }
}
