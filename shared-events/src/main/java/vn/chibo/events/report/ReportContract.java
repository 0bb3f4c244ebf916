package vn.chibo.events.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import vn.chibo.events.Ids;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Nộp và duyệt báo cáo — a periodic report goes up to the organisation's direct superior, which
 * accepts it (locking it) or returns it with a comment; an accepted report can be reopened. The report
 * is named by {@link ReportType#reportId}; the document itself is named by its content hash.
 * <p>
 * Who acts is an organisation ({@code submittedBy}, {@code decidedBy}), as in the other commands; the
 * time of each step is the server's clock, so whether a report was on time is decided, not claimed.
 */
public final class ReportContract {

    /** A period code: 2026-03, 2026-Q1, 2026-H1 or 2026. */
    public static final String PERIOD_PATTERN = "\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?";
    /** A SHA-256 hash of the submitted document, in hex. */
    public static final String HASH_PATTERN = "[0-9a-f]{64}";

    private ReportContract() {
    }

    // --- commands ---

    /** The first submission of a report, or a new one after it was returned or reopened. */
    public record SubmitReport(
            @TargetAggregateIdentifier @NotBlank @Size(max = 160) String reportId,
            @NotNull ReportType type,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String organisationId,
            @NotBlank @Pattern(regexp = PERIOD_PATTERN) String period,
            @NotBlank @Pattern(regexp = HASH_PATTERN) String contentHash,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String submittedBy) {
    }

    /** {@code decidedBy}: the superior organisation that decides. */
    public record AcceptReport(
            @TargetAggregateIdentifier @NotBlank @Size(max = 160) String reportId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String decidedBy) {
    }

    public record ReturnReport(
            @TargetAggregateIdentifier @NotBlank @Size(max = 160) String reportId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String decidedBy,
            @NotBlank @Size(max = 2000) String comment) {
    }

    /** Unlocks an accepted report so that its organisation can submit it again. */
    public record ReopenReport(
            @TargetAggregateIdentifier @NotBlank @Size(max = 160) String reportId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String decidedBy,
            @NotBlank @Size(max = 2000) String reason) {
    }

    // --- events ---

    /**
     * A submission to {@code superiorId}. {@code submission} counts from 1. {@code deadline} is the
     * last day to submit on time under {@code policyVersion}; {@code onTime} says whether this
     * submission met it.
     */
    @Revision("1")
    public record ReportSubmitted(
            String reportId,
            ReportType type,
            String organisationId,
            String period,
            String superiorId,
            int submission,
            String contentHash,
            LocalDateTime submittedAt,
            LocalDate deadline,
            boolean onTime,
            String policyVersion) {
    }

    /** The report is accepted and locked; {@code unitsRequired} says whether the policy required the units below accepted first. */
    @Revision("1")
    public record ReportAccepted(
            String reportId,
            int submission,
            String decidedBy,
            LocalDateTime decidedAt,
            boolean unitsRequired,
            String policyVersion) {
    }

    @Revision("1")
    public record ReportReturned(
            String reportId,
            int submission,
            String decidedBy,
            String comment,
            LocalDateTime decidedAt) {
    }

    @Revision("1")
    public record ReportReopened(
            String reportId,
            int submission,
            String decidedBy,
            String reason,
            LocalDateTime decidedAt) {
    }

    // --- views (reporting-service's answers) ---

    /** Where a unit's report stands, as the superior sees it. */
    public enum UnitReportStatus {
        /** Chưa nộp. */
        NOT_SUBMITTED,
        /** Đã nộp, first submission on time, awaiting the decision. */
        SUBMITTED,
        /** Nộp muộn: first submission after the deadline, awaiting the decision. */
        SUBMITTED_LATE,
        /** Bị trả lại. */
        RETURNED,
        /** Mở lại: accepted once, then reopened for amendment. */
        REOPENED,
        /** Đã duyệt. */
        ACCEPTED
    }

    /**
     * One unit's report of the type and period, its status named in Vietnamese and English. Whether it was on time and its deadline are those of
     * its first submission (null before one).
     */
    public record UnitReport(
            String organisationId,
            String name,
            String reportId,
            UnitReportStatus status,
            String statusLabel,
            String statusLabelEn,
            Integer submissions,
            LocalDateTime firstSubmittedAt,
            LocalDate deadline,
            Boolean onTime,
            LocalDateTime lastDecidedAt,
            String lastComment) {
    }

    /** Tỷ lệ báo cáo: units expected to report, that submitted, that submitted on time, accepted. */
    public record ReportingRates(
            int expected,
            int submitted,
            int submittedOnTime,
            int accepted) {
    }

    /** A superior's view of its units' reports; {@code missing} and {@code late} list unit ids. */
    public record ReportingStatus(
            String organisationId,
            String organisationName,
            ReportType type,
            String period,
            ReportingRates rates,
            List<UnitReport> units,
            List<String> missing,
            List<String> late) {
    }
}
