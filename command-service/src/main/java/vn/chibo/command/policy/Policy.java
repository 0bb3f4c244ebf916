package vn.chibo.command.policy;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.OrganisationDirectory;
import vn.chibo.events.policy.PolicyContract.AdoptPolicyVersion;
import vn.chibo.events.policy.PolicyContract.PolicyVersionAdopted;
import vn.chibo.events.policy.PolicyContract.YearBand;
import vn.chibo.events.policy.PolicyContract.YearQualityRules;
import vn.chibo.events.meeting.QualityLevel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Một quy định — a policy and its versions. A version, once adopted, is never changed: a new rule is
 * a new version with its own effective date and the basis for it (the decision that set it).
 */
@Aggregate(cache = "aggregateCache")
public class Policy {

    @AggregateIdentifier
    private String policyId;
    private final Set<String> versions = new HashSet<>();
    private final Map<String, LocalDate> latestEffectiveByScope = new HashMap<>();

    protected Policy() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AdoptPolicyVersion command, OrganisationDirectory directory) {
        if (versions.contains(command.version())) {
            throw new RuleViolation("policy.version-exists", command.version());
        }
        String scope = command.scopeOrganisationId();
        if (scope != null && directory.find(scope).isEmpty()) {
            throw new RuleViolation("policy.scope-unknown", scope);
        }
        LocalDate latest = latestEffectiveByScope.get(String.valueOf(scope));
        if (latest != null && !command.effectiveFrom().isAfter(latest)) {
            throw new RuleViolation("policy.effective-not-after-previous", command.effectiveFrom(), latest);
        }
        var t = command.thresholds();
        if (t.meetingQuality().goodFrom() <= t.meetingQuality().fairFrom()
                || t.meetingQuality().fairFrom() <= t.meetingQuality().averageFrom()) {
            throw new RuleViolation("policy.quality-levels-out-of-order");
        }
        if (!bandsInOrder(t.yearQualityRules())) {
            throw new RuleViolation("policy.year-bands-out-of-order");
        }
        int points = t.meetingQuality().criteria().stream().mapToInt(c -> c.points()).sum();
        if (points != 100) {
            throw new RuleViolation("policy.scoring-sheet-not-100", points);
        }
        apply(new PolicyVersionAdopted(command.policyId(), command.version(), scope, command.effectiveFrom(),
                t, command.basis().strip()));
    }

    /** Good, fair, average, best first; each band allows no month below a level lower than its own. */
    private static boolean bandsInOrder(YearQualityRules rules) {
        for (int i = 0; i < rules.bands().size(); i++) {
            YearBand band = rules.bands().get(i);
            if (band.level() != QualityLevel.values()[i] || band.noMonthBelow().compareTo(band.level()) <= 0) {
                return false;
            }
        }
        return true;
    }

    @EventSourcingHandler
    void on(PolicyVersionAdopted event) {
        policyId = event.policyId();
        versions.add(event.version());
        latestEffectiveByScope.put(String.valueOf(event.scopeOrganisationId()), event.effectiveFrom());
    }
}
