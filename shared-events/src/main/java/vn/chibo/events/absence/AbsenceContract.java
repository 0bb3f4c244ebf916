package vn.chibo.events.absence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import vn.chibo.events.Ids;

import java.time.LocalDate;

/**
 * Theo dõi vắng sinh hoạt — a member's unexcused absences in one calendar year (domain brief §8): a
 * member who misses meetings without good reason in as many months of a year as the policy says (3) is
 * proposed for removal (xóa tên); a warning comes one month before.
 */
public final class AbsenceContract {

    private AbsenceContract() {
    }

    /** The id of a member's record for a year: {@code memberId:year}. */
    public static String recordId(String memberId, int year) {
        return memberId + ":" + year;
    }

    // --- commands ---

    /** Sent by the absence watch when a meeting records a member absent without reason; not a REST command. */
    public record CountUnexcusedAbsence(
            @TargetAggregateIdentifier @NotBlank String absenceRecordId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String memberId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String cellId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotNull LocalDate meetingDate) {
    }

    // --- events ---

    /** {@code monthsWithAbsence}: the months of the year so far with at least one unexcused absence. */
    @Revision("1")
    public record UnexcusedAbsenceCounted(
            String absenceRecordId,
            String memberId,
            String cellId,
            int year,
            String meetingId,
            LocalDate meetingDate,
            int monthsWithAbsence) {
    }

    /** Cảnh báo: one more month of unexcused absence this year reaches the threshold. */
    @Revision("1")
    public record AbsenceWarningIssued(
            String absenceRecordId,
            String memberId,
            String cellId,
            int year,
            int monthsWithAbsence,
            int threshold,
            String policyVersion) {
    }

    /** The threshold is reached: the cell must consider removing the member (xóa tên). */
    @Revision("1")
    public record AbsenceThresholdReached(
            String absenceRecordId,
            String memberId,
            String cellId,
            int year,
            int monthsWithAbsence,
            int threshold,
            String policyVersion) {
    }

    // --- views (query-service's answers) ---

    /**
     * A member at risk of removal for unexcused absence in a year: warned, or at the threshold.
     * {@code cellId} is the cell of the latest counted absence.
     */
    public record AbsenceRisk(
            String memberId,
            String fullName,
            String cellId,
            String cellName,
            int year,
            int monthsWithAbsence,
            int threshold,
            boolean warningIssued,
            boolean thresholdReached,
            String policyVersion,
            LocalDate lastAbsenceOn) {
    }
}
