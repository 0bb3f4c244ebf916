package vn.chibo.events.plan;

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

import java.time.LocalDate;
import java.util.List;

/**
 * Kế hoạch sinh hoạt chuyên đề — a cell's annual plan of quarterly themes, registered with its
 * grassroots committee, which approves it or returns it with a comment.
 */
public final class PlanContract {

    private PlanContract() {
    }

    /**
     * One planned theme. {@code themeId} is chosen by the cell and unique across all plans, so a
     * thematic meeting names its theme by this id alone; {@code leadReporterId} is the member planned
     * to write the lead report (báo cáo đề dẫn), if already known.
     */
    public record PlannedTheme(
            @NotBlank @Pattern(regexp = Ids.PATTERN) String themeId,
            @Min(1) @Max(4) int quarter,
            @NotBlank @Size(max = 300) String title,
            @Pattern(regexp = Ids.PATTERN) String leadReporterId) {
    }

    // --- commands ---

    /** The first submission of a cell's plan for a year. */
    public record SubmitPlan(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String planId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String cellId,
            @Min(1930) @Max(2100) int year,
            @NotEmpty @Size(max = 40) List<@Valid @NotNull PlannedTheme> themes,
            @NotNull LocalDate submittedOn) {
    }

    /** A new submission of the same plan: after it was returned, or to amend it once approved. */
    public record ResubmitPlan(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String planId,
            @NotEmpty @Size(max = 40) List<@Valid @NotNull PlannedTheme> themes,
            @NotNull LocalDate submittedOn) {
    }

    /** {@code decidedBy}: the committee, or the member of it, who decided. */
    public record ApprovePlan(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String planId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String decidedBy,
            @Size(max = 2000) String comment,
            @NotNull LocalDate decidedOn) {
    }

    public record ReturnPlan(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String planId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String decidedBy,
            @NotBlank @Size(max = 2000) String comment,
            @NotNull LocalDate decidedOn) {
    }

    /**
     * Sent by a merge, never by a user: the plan's cell was absorbed into {@code toCellId}. The plan
     * moves there, or is superseded by the survivor's plan of the same year if it has one.
     */
    public record TransferPlan(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String planId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String toCellId,
            @NotNull LocalDate effectiveDate) {
    }

    // --- events ---

    /**
     * A submission to {@code committeeId}, the cell's superior at the time. {@code submission} counts
     * from 1; a submission after an approval amends the plan, which stays approved as it was until
     * the amendment is decided.
     */
    @Revision("1")
    public record PlanSubmitted(
            String planId,
            String cellId,
            String committeeId,
            int year,
            int submission,
            List<PlannedTheme> themes,
            LocalDate submittedOn) {
    }

    @Revision("1")
    public record PlanApproved(
            String planId,
            int submission,
            String decidedBy,
            String comment,
            LocalDate decidedOn) {
    }

    @Revision("1")
    public record PlanReturned(
            String planId,
            int submission,
            String decidedBy,
            String comment,
            LocalDate decidedOn) {
    }

    /** The absorbed cell's plan is the survivor's from {@code effectiveDate}, with its submissions and decisions. */
    @Revision("1")
    public record PlanTransferred(
            String planId,
            String fromCellId,
            String toCellId,
            LocalDate effectiveDate) {
    }

    /**
     * The absorbed cell's plan ends: the survivor's own plan of that year ({@code survivorPlanId}) is
     * the merged cell's plan from {@code effectiveDate}.
     */
    @Revision("1")
    public record PlanSuperseded(
            String planId,
            String cellId,
            String survivorCellId,
            String survivorPlanId,
            LocalDate effectiveDate) {
    }

    // --- views (query-service's answers) ---

    /**
     * A cell's plan: its latest submission ({@code submission}, {@code status}, {@code themes}) and the
     * last decision on it; {@code approvedSubmission} and {@code approvedThemes} are the submission
     * in force for meetings (null and empty until one is approved).
     */
    public record PlanView(
            String planId,
            String cellId,
            String cellName,
            String committeeId,
            String committeeName,
            int year,
            int submission,
            PlanStatus status,
            LocalDate submittedOn,
            String decidedBy,
            String decisionComment,
            LocalDate decidedOn,
            Integer approvedSubmission,
            List<PlannedTheme> themes,
            List<PlannedTheme> approvedThemes) {
    }
}
