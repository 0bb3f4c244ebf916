package vn.chibo.command.command;

import java.util.Arrays;

/**
 * A command broke a rule of the domain. {@code rule} names it (a message code under {@code rule.}),
 * {@code args} fill its text; {@code policyVersion} names the policy that set the threshold, when one did.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final transient Object[] args;
    private final String policyVersion;

    public RuleViolation(String rule, Object... args) {
        this(rule, null, args);
    }

    private RuleViolation(String rule, String policyVersion, Object... args) {
        super(rule + " " + Arrays.toString(args));
        this.rule = rule;
        this.args = args;
        this.policyVersion = policyVersion;
    }

    /** A violation of a threshold that a versioned policy set. */
    public static RuleViolation ofPolicy(String rule, String policyVersion, Object... args) {
        return new RuleViolation(rule, policyVersion, args);
    }

    public String rule() {
        return rule;
    }

    public Object[] args() {
        return args.clone();
    }

    public String policyVersion() {
        return policyVersion;
    }
}
