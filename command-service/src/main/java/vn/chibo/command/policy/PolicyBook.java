package vn.chibo.command.policy;

import vn.chibo.events.policy.PolicyContract.Thresholds;

import java.time.LocalDate;

/** Finds the policy in force for an organisation on a date: the nearest scope wins, then the latest version. */
public interface PolicyBook {

    InForce inForce(String organisationId, LocalDate date);

    /** A policy version and its thresholds; {@code version} is what a rule violation names. */
    record InForce(String version, Thresholds thresholds) {
    }
}
