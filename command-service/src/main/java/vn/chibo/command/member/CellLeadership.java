package vn.chibo.command.member;

import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.member.MemberRoster.RosterEntry;
import vn.chibo.command.policy.PolicyBook;
import vn.chibo.events.member.CellRole;

import java.util.List;
import java.util.Optional;

/**
 * The size rules of a cell's leadership (domain brief §8), with every threshold from the policy in
 * force: a secretary and a deputy only in a cell with enough official members to elect them; a cell
 * committee (more leaders than one secretary and one deputy) only from a larger size, and capped.
 */
final class CellLeadership {

    private CellLeadership() {
    }

    static void requireRoomFor(String memberId, CellRole role, List<RosterEntry> cell, PolicyBook.InForce policy) {
        var thresholds = policy.thresholds();
        long officials = cell.stream().filter(RosterEntry::isOfficial).count();
        if (officials < thresholds.minimumOfficialMembers()) {
            throw RuleViolation.ofPolicy("member.cell-too-small-to-elect", policy.version(), officials,
                    thresholds.minimumOfficialMembers());
        }
        var others = cell.stream().filter(entry -> !entry.memberId().equals(memberId)).toList();
        if (role == CellRole.SECRETARY) {
            holderOf(CellRole.SECRETARY, others).ifPresent(secretary -> {
                throw new RuleViolation("member.cell-has-secretary", secretary.fullName());
            });
        }
        if (officials >= thresholds.cellCommitteeFromOfficialMembers()) {
            long leaders = others.stream().filter(entry -> entry.role().leads()).count() + 1;
            if (leaders > thresholds.maximumCellCommitteeSize()) {
                throw RuleViolation.ofPolicy("member.cell-committee-full", policy.version(),
                        thresholds.maximumCellCommitteeSize());
            }
            return;
        }
        if (role == CellRole.COMMITTEE_MEMBER) {
            throw RuleViolation.ofPolicy("member.cell-too-small-for-committee", policy.version(), officials,
                    thresholds.cellCommitteeFromOfficialMembers());
        }
        if (role == CellRole.DEPUTY_SECRETARY) {
            holderOf(CellRole.DEPUTY_SECRETARY, others).ifPresent(deputy -> {
                throw RuleViolation.ofPolicy("member.cell-has-deputy", policy.version(), deputy.fullName(),
                        thresholds.cellCommitteeFromOfficialMembers());
            });
        }
    }

    private static Optional<RosterEntry> holderOf(CellRole role, List<RosterEntry> members) {
        return members.stream().filter(entry -> entry.role() == role).findFirst();
    }
}
