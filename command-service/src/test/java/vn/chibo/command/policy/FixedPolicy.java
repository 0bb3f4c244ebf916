package vn.chibo.command.policy;

import vn.chibo.events.policy.Policies;
import vn.chibo.events.policy.PolicyContract.Thresholds;

import java.time.LocalDate;

/** A policy book with one version in force everywhere, for aggregate tests. */
public record FixedPolicy(String version, Thresholds thresholds) implements PolicyBook {

    public static FixedPolicy defaults() {
        return new FixedPolicy(Policies.DEFAULT_VERSION, Policies.DEFAULTS);
    }

    @Override
    public InForce inForce(String organisationId, LocalDate date) {
        return new InForce(version, thresholds);
    }
}
