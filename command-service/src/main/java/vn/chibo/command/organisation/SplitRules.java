package vn.chibo.command.organisation;

import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.member.MemberRoster;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.SplitPart;
import vn.chibo.events.organisation.OrganisationKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How an organisation may be split: new ids, and everything it holds handed to exactly one part. */
final class SplitRules {

    private SplitRules() {
    }

    /** A split cell hands over its members: id → full name. */
    static Map<String, String> members(String cellId, MemberRoster roster) {
        Map<String, String> held = new LinkedHashMap<>();
        roster.current(cellId).forEach(member -> held.put(member.memberId(), member.fullName()));
        return held;
    }

    /** A split committee hands over the organisations directly below it: id → name. */
    static Map<String, String> organisationsBelow(String committeeId, OrganisationDirectory directory) {
        Map<String, String> held = new LinkedHashMap<>();
        directory.children(committeeId).forEach(child -> held.put(child.organisationId(), child.name()));
        return held;
    }

    /** The parts as recorded: names stripped, a cell part's type defaulting to the split cell's. */
    static List<SplitPart> resolve(String organisationId, OrganisationKind kind, CellType cellType,
                                   List<SplitPart> parts, Map<String, String> holdings, OrganisationDirectory directory) {
        Set<String> partIds = new HashSet<>();
        Set<String> taken = new HashSet<>();
        List<SplitPart> resolved = new ArrayList<>();
        for (SplitPart part : parts) {
            String id = part.organisationId();
            if (id.equals(organisationId) || directory.find(id).isPresent()) {
                throw new RuleViolation("organisation.split-part-exists", id);
            }
            if (!partIds.add(id)) {
                throw new RuleViolation("organisation.listed-twice", id);
            }
            if (kind == OrganisationKind.COMMITTEE && part.cellType() != null) {
                throw new RuleViolation("organisation.committee-has-no-cell-type");
            }
            for (String take : part.takes()) {
                if (!holdings.containsKey(take)) {
                    throw new RuleViolation("organisation.split-takes-unknown", take);
                }
                if (!taken.add(take)) {
                    throw new RuleViolation("organisation.listed-twice", take);
                }
            }
            CellType partType = kind == OrganisationKind.CELL && part.cellType() == null ? cellType : part.cellType();
            resolved.add(new SplitPart(id, part.name().strip(), partType, List.copyOf(part.takes())));
        }
        var leftBehind = holdings.entrySet().stream().filter(held -> !taken.contains(held.getKey()))
                .map(Map.Entry::getValue).toList();
        if (!leftBehind.isEmpty()) {
            throw new RuleViolation("organisation.split-leaves-behind", String.join(", ", leftBehind));
        }
        return resolved;
    }
}
