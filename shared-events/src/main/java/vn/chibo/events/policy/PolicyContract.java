package vn.chibo.events.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import vn.chibo.events.Ids;
import vn.chibo.events.indicator.Period;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.report.ReportType;

import java.time.LocalDate;
import java.util.List;

/**
 * Quy định — every number the rules use (domain brief §8) as a versioned policy: a version has an
 * effective date and a scope (an organisation and its subtree, or everywhere), and a command is judged
 * by the version in force for its organisation on its date.
 */
public final class PolicyContract {

    private PolicyContract() {
    }

    /** The thresholds of one policy version. */
    public record Thresholds(
            @Min(30) @Max(600) int minimumMeetingMinutes,
            @Min(30) @Max(600) int combinedMeetingMinutes,
            @Min(0) @Max(30) int noticeLeadDays,
            @Min(1) @Max(100) int attendanceTargetPercent,
            @Min(1) @Max(12) int unexcusedAbsenceThreshold,
            @Min(3) @Max(50) int minimumOfficialMembers,
            @Min(3) @Max(100) int cellCommitteeFromOfficialMembers,
            @Min(3) @Max(15) int maximumCellCommitteeSize,
            @NotNull @Valid ScoringSheet meetingQuality,
            @Valid ReportingRules reporting,
            @Valid YearQualityRules yearQuality) {

        /** A version adopted before the year's classification rules existed: the default ones apply to it. */
        public Thresholds(int minimumMeetingMinutes, int combinedMeetingMinutes, int noticeLeadDays,
                          int attendanceTargetPercent, int unexcusedAbsenceThreshold, int minimumOfficialMembers,
                          int cellCommitteeFromOfficialMembers, int maximumCellCommitteeSize,
                          ScoringSheet meetingQuality, ReportingRules reporting) {
            this(minimumMeetingMinutes, combinedMeetingMinutes, noticeLeadDays, attendanceTargetPercent,
                    unexcusedAbsenceThreshold, minimumOfficialMembers, cellCommitteeFromOfficialMembers,
                    maximumCellCommitteeSize, meetingQuality, reporting, null);
        }

        /** A version adopted before reporting rules existed: the default reporting rules apply to it. */
        public Thresholds(int minimumMeetingMinutes, int combinedMeetingMinutes, int noticeLeadDays,
                          int attendanceTargetPercent, int unexcusedAbsenceThreshold, int minimumOfficialMembers,
                          int cellCommitteeFromOfficialMembers, int maximumCellCommitteeSize,
                          ScoringSheet meetingQuality) {
            this(minimumMeetingMinutes, combinedMeetingMinutes, noticeLeadDays, attendanceTargetPercent,
                    unexcusedAbsenceThreshold, minimumOfficialMembers, cellCommitteeFromOfficialMembers,
                    maximumCellCommitteeSize, meetingQuality, null, null);
        }

        /** The reporting rules of this version, or the defaults where the version has none. */
        public ReportingRules reportingRules() {
            return reporting == null ? Policies.DEFAULT_REPORTING : reporting;
        }

        /** The year's classification rules of this version, or the defaults where the version has none. */
        public YearQualityRules yearQualityRules() {
            return yearQuality == null ? Policies.DEFAULT_YEAR_QUALITY : yearQuality;
        }
    }

    /**
     * Xếp loại chất lượng sinh hoạt chi bộ cả năm — how a cell's year is classified from its months'
     * ratings: the bands for good, fair and average, best first; a year that meets none is poor.
     */
    public record YearQualityRules(@NotNull @Size(min = 3, max = 3) List<@NotNull @Valid YearBand> bands) {
    }

    /**
     * A year is classified {@code level} when at least {@code months} of its months were rated
     * {@code level} or better and no rated month is below {@code noMonthBelow}. {@code months} is for a
     * whole year: a cell that stood for part of it needs the same share of its months, rounded up.
     */
    public record YearBand(
            @NotNull QualityLevel level,
            @Min(1) @Max(12) int months,
            @NotNull QualityLevel noMonthBelow) {
    }

    /**
     * Nộp báo cáo định kỳ — how reports go upward: whether a superior may accept its own report only
     * once every unit directly below has had its report of the same type and period accepted, and the
     * submission deadline of each report type in days after the period's last day.
     */
    public record ReportingRules(
            boolean requireUnitsAccepted,
            @Min(0) @Max(90) int monthlyDeadlineDays,
            @Min(0) @Max(90) int quarterlyDeadlineDays,
            @Min(0) @Max(90) int sixMonthDeadlineDays,
            @Min(0) @Max(90) int annualDeadlineDays) {

        /** The last day to submit a report of this type for this period on time. */
        public LocalDate deadline(ReportType type, Period period) {
            int days = switch (type) {
                case MONTHLY_COMPLIANCE -> monthlyDeadlineDays;
                case QUARTERLY_MEETINGS -> quarterlyDeadlineDays;
                case SIX_MONTH_REVIEW -> sixMonthDeadlineDays;
                case ANNUAL_REVIEW -> annualDeadlineDays;
            };
            return period.last().atEndOfMonth().plusDays(days);
        }
    }

    /**
     * A provincial scoring sheet for the quality of a meeting: criteria with their points, and the
     * lowest score of each level (tốt, khá, trung bình; below average is kém).
     */
    public record ScoringSheet(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty @Valid List<Criterion> criteria,
            @Min(0) @Max(100) int goodFrom,
            @Min(0) @Max(100) int fairFrom,
            @Min(0) @Max(100) int averageFrom,
            @Size(max = 20) List<@NotBlank String> fullMarksRequiredForGood) {
    }

    public record Criterion(
            @NotBlank @Pattern(regexp = Ids.PATTERN) String code,
            @NotBlank @Size(max = 200) String label,
            @Min(1) @Max(100) int points) {
    }

    // --- commands ---

    /** Adopts a new version of a policy, for a scope, from a date. Versions are never edited. */
    public record AdoptPolicyVersion(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String policyId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String version,
            @Pattern(regexp = Ids.PATTERN) String scopeOrganisationId,
            @NotNull LocalDate effectiveFrom,
            @NotNull @Valid Thresholds thresholds,
            @NotBlank @Size(max = 500) String basis) {
    }

    // --- events ---

    @Revision("1")
    public record PolicyVersionAdopted(
            String policyId,
            String version,
            String scopeOrganisationId,
            LocalDate effectiveFrom,
            Thresholds thresholds,
            String basis) {
    }
}
