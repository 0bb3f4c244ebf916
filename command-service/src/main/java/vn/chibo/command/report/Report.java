package vn.chibo.command.report;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.organisation.OrganisationDirectory;
import vn.chibo.command.policy.PolicyBook;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.report.ReportContract.AcceptReport;
import vn.chibo.events.report.ReportContract.ReopenReport;
import vn.chibo.events.report.ReportContract.ReportAccepted;
import vn.chibo.events.report.ReportContract.ReportReopened;
import vn.chibo.events.report.ReportContract.ReportReturned;
import vn.chibo.events.report.ReportContract.ReportSubmitted;
import vn.chibo.events.report.ReportContract.ReturnReport;
import vn.chibo.events.report.ReportContract.SubmitReport;
import vn.chibo.events.report.ReportType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Báo cáo định kỳ — one organisation's report of one type for one period, on its way to the direct
 * superior: submitted, then accepted (and locked) or returned with a comment; a returned or reopened
 * report is submitted again. The policy in force on the period's last day sets the deadline and
 * whether the units below must have their reports accepted first.
 */
@Aggregate(cache = "aggregateCache")
public class Report {

    @AggregateIdentifier
    private String reportId;
    private ReportType type;
    private String organisationId;
    private Period period;
    private int submission;
    private ReportStatus status;

    protected Report() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SubmitReport command, OrganisationDirectory organisations, PolicyBook policies, Clock clock) {
        if (status == ReportStatus.ACCEPTED) {
            throw new RuleViolation("report.locked", command.reportId());
        }
        if (status == ReportStatus.SUBMITTED) {
            throw new RuleViolation("report.awaiting-decision", submission);
        }
        Period reported = requireConventional(command);
        var organisation = requireSubmitter(command, organisations);
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.toLocalDate().isBefore(reported.first().atDay(1))) {
            throw new RuleViolation("report.period-not-begun", reported.code());
        }
        var policy = policies.inForce(organisation.organisationId(), reported.last().atEndOfMonth());
        LocalDate deadline = policy.thresholds().reportingRules().deadline(command.type(), reported);
        apply(new ReportSubmitted(command.reportId(), command.type(), organisation.organisationId(), reported.code(),
                organisation.parentId(), submission + 1, command.contentHash(), now,
                deadline, !now.toLocalDate().isAfter(deadline), policy.version()));
    }

    @CommandHandler
    public void handle(AcceptReport command, OrganisationDirectory organisations, ReportDirectory reports,
                       PolicyBook policies, Clock clock) {
        requireAwaitingDecision();
        requireSuperior(command.decidedBy(), organisations);
        var policy = policies.inForce(organisationId, period.last().atEndOfMonth());
        boolean unitsRequired = policy.thresholds().reportingRules().requireUnitsAccepted();
        if (unitsRequired) {
            reports.statusHeld(reportId);
            requireUnitsAccepted(organisations, reports, policy.version());
        }
        apply(new ReportAccepted(reportId, submission, command.decidedBy(), LocalDateTime.now(clock), unitsRequired,
                policy.version()));
    }

    @CommandHandler
    public void handle(ReturnReport command, OrganisationDirectory organisations, Clock clock) {
        requireAwaitingDecision();
        requireSuperior(command.decidedBy(), organisations);
        apply(new ReportReturned(reportId, submission, command.decidedBy(), command.comment().strip(),
                LocalDateTime.now(clock)));
    }

    /**
     * Unlocks an accepted report. Not while the superior's own report of the period is accepted: that
     * acceptance stood on this one, so the superior's report is reopened first, from the top down.
     */
    @CommandHandler
    public void handle(ReopenReport command, OrganisationDirectory organisations, ReportDirectory reports,
                       Clock clock) {
        if (status != ReportStatus.ACCEPTED) {
            throw new RuleViolation("report.not-accepted", reportId);
        }
        String superiorId = requireSuperior(command.decidedBy(), organisations);
        String superiorReport = type.reportId(superiorId, period);
        if (reports.statusHeld(superiorReport).filter(ReportStatus.ACCEPTED::equals).isPresent()) {
            throw new RuleViolation("report.superior-report-accepted", superiorReport);
        }
        apply(new ReportReopened(reportId, submission, command.decidedBy(), command.reason().strip(),
                LocalDateTime.now(clock)));
    }

    /** Every active unit directly below that issues this type has had its report of the same period accepted. */
    private void requireUnitsAccepted(OrganisationDirectory organisations, ReportDirectory reports, String policyVersion) {
        String waiting = organisations.children(organisationId).stream()
                .filter(unit -> type.issuedBy(unit.kind()))
                .filter(unit -> reports.status(type.reportId(unit.organisationId(), period))
                        .filter(ReportStatus.ACCEPTED::equals).isEmpty())
                .map(OrganisationDirectory.Entry::name)
                .collect(Collectors.joining(", "));
        if (!waiting.isEmpty()) {
            throw RuleViolation.ofPolicy("report.units-not-accepted", policyVersion, waiting);
        }
    }

    /** A living organisation with a superior, submitting its own report. */
    private static OrganisationDirectory.Entry requireSubmitter(SubmitReport command, OrganisationDirectory organisations) {
        var organisation = organisations.find(command.organisationId())
                .orElseThrow(() -> new RuleViolation("report.organisation-unknown", command.organisationId()));
        if (!organisations.isActive(organisation.organisationId())) {
            throw new RuleViolation("report.organisation-not-active", organisation.name());
        }
        if (!command.submittedBy().equals(organisation.organisationId())) {
            throw new RuleViolation("report.submitted-by-other", organisation.name(), command.submittedBy());
        }
        if (organisation.parentId() == null) {
            throw new RuleViolation("report.no-superior", organisation.name());
        }
        return organisation;
    }

    /** The id is the type, organisation and period it names, and the period is of the type's length. */
    private static Period requireConventional(SubmitReport command) {
        Period reported = Period.parse(command.period());
        if (!command.type().covers(reported)) {
            throw new RuleViolation("report.period-not-of-type", reported.code(), command.type());
        }
        String expected = command.type().reportId(command.organisationId(), reported);
        if (!expected.equals(command.reportId())) {
            throw new RuleViolation("report.id-not-conventional", command.reportId(), expected);
        }
        return reported;
    }

    private void requireAwaitingDecision() {
        if (status == ReportStatus.ACCEPTED) {
            throw new RuleViolation("report.locked", reportId);
        }
        if (status != ReportStatus.SUBMITTED) {
            throw new RuleViolation("report.not-awaiting-decision", reportId);
        }
    }

    /** Only the organisation's direct superior, as the tree stands now, decides on its report. */
    private String requireSuperior(String decidedBy, OrganisationDirectory organisations) {
        String superiorId = organisations.find(organisationId).map(OrganisationDirectory.Entry::parentId).orElse(null);
        if (!decidedBy.equals(superiorId)) {
            String superiorName = superiorId == null ? "-"
                    : organisations.find(superiorId).map(OrganisationDirectory.Entry::name).orElse(superiorId);
            throw new RuleViolation("report.not-the-superior", decidedBy, superiorName);
        }
        return superiorId;
    }

    @EventSourcingHandler
    void on(ReportSubmitted event) {
        reportId = event.reportId();
        type = event.type();
        organisationId = event.organisationId();
        period = Period.parse(event.period());
        submission = event.submission();
        status = ReportStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ReportAccepted event) {
        status = ReportStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ReportReturned event) {
        status = ReportStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(ReportReopened event) {
        status = ReportStatus.REOPENED;
    }
}
