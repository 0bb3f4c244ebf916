package vn.chibo.command.organisation;

import vn.chibo.command.command.RuleViolation;
import vn.chibo.events.organisation.OrganisationKind;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which organisations a survivor may absorb. */
final class MergeRules {

    private MergeRules() {
    }

    static void requireMergeable(String survivorId, OrganisationKind kind, List<String> absorbedIds,
                                 OrganisationDirectory directory) {
        Set<String> listed = new HashSet<>();
        for (String id : absorbedIds) {
            if (id.equals(survivorId)) {
                throw new RuleViolation("organisation.merge-into-itself");
            }
            if (!listed.add(id)) {
                throw new RuleViolation("organisation.listed-twice", id);
            }
            var absorbed = directory.find(id).orElseThrow(() -> new RuleViolation("organisation.unknown", id));
            if (!directory.isActive(id)) {
                throw new RuleViolation("organisation.merge-absorbs-ended", absorbed.name());
            }
            if (absorbed.kind() != kind) {
                throw new RuleViolation("organisation.merge-kind-mismatch", absorbed.name());
            }
        }
        requireNotNested(survivorId, absorbedIds, directory);
    }

    /**
     * What stood under an absorbed committee moves to the survivor, so the survivor cannot be below an
     * absorbed committee, nor one absorbed committee below another (it would be moved and absorbed at once).
     */
    private static void requireNotNested(String survivorId, List<String> absorbedIds, OrganisationDirectory directory) {
        for (var ancestor : directory.ancestors(survivorId)) {
            if (absorbedIds.contains(ancestor.organisationId())) {
                throw new RuleViolation("organisation.merge-absorbs-ancestor", ancestor.name());
            }
        }
        for (String id : absorbedIds) {
            for (var ancestor : directory.ancestors(id)) {
                if (absorbedIds.contains(ancestor.organisationId())) {
                    throw new RuleViolation("organisation.merge-nested", directory.find(id).orElseThrow().name(),
                            ancestor.name());
                }
            }
        }
    }
}
