package vn.chibo.events.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.chibo.events.Ids;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Đảng viên — a party member and the cell they belong to. */
public final class MemberContract {

    private MemberContract() {
    }

    // --- commands ---

    /** Records a member joining a cell (admission or arrival), official or probationary. */
    public record RegisterMember(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String memberId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String cellId,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull MembershipStatus status,
            @NotNull @PastOrPresent LocalDate joinedOn) {
    }

    /** Chuyển đảng chính thức — a probationary member becomes official. */
    public record PromoteMember(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String memberId,
            @NotNull @PastOrPresent LocalDate promotedOn) {
    }

    /** Gives a member a role in their cell (secretary, deputy, cell-committee member) or takes it back. */
    public record AssignCellRole(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String memberId,
            @NotNull CellRole role,
            @NotNull @PastOrPresent LocalDate effectiveDate) {
    }

    /**
     * Miễn sinh hoạt — exempts a member from meetings for a period (both days included; no end date:
     * until ended), by decision of {@code decidedBy}: the organisation (cell, committee) or the member
     * who decided.
     */
    public record GrantExemption(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String memberId,
            @NotBlank @Size(max = 500) String reason,
            @NotNull LocalDate exemptFrom,
            LocalDate exemptUntil,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String decidedBy) {
    }

    /** Ends the member's exemption: from {@code endedOn} the member attends meetings again. */
    public record EndExemption(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String memberId,
            @NotNull LocalDate endedOn) {
    }

    /** Chuyển sinh hoạt — moves a member to another cell of the tree. */
    public record TransferMember(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String memberId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String toCellId,
            @NotNull TransferReason reason,
            @NotNull @PastOrPresent LocalDate effectiveDate) {
    }

    /** Records that a member left the tree; a member who left accepts no further command. */
    public record RecordLeaving(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String memberId,
            @NotNull LeavingReason reason,
            @NotNull @PastOrPresent LocalDate effectiveDate) {
    }

    // --- events ---

    @Revision("1")
    public record MemberRegistered(
            String memberId,
            String cellId,
            String fullName,
            MembershipStatus status,
            LocalDate joinedOn) {
    }

    @Revision("1")
    public record MemberPromoted(
            String memberId,
            String cellId,
            LocalDate promotedOn) {
    }

    @Revision("1")
    public record CellRoleAssigned(
            String memberId,
            String cellId,
            CellRole role,
            CellRole previousRole,
            LocalDate effectiveDate) {
    }

    @Revision("1")
    public record ExemptionGranted(
            String memberId,
            String cellId,
            String reason,
            LocalDate exemptFrom,
            LocalDate exemptUntil,
            String decidedBy) {
    }

    @Revision("1")
    public record ExemptionEnded(
            String memberId,
            String cellId,
            LocalDate endedOn) {
    }

    /**
     * The member belongs to {@code toCellId} from {@code effectiveDate}, as a plain member: a role
     * held in the old cell ends with the transfer; an exemption in force continues.
     */
    @Revision("1")
    public record MemberTransferred(
            String memberId,
            String fromCellId,
            String toCellId,
            TransferReason reason,
            LocalDate effectiveDate) {
    }

    /** The member belongs to no cell of the tree from {@code effectiveDate}; role and exemption end. */
    @Revision("1")
    public record MemberLeft(
            String memberId,
            String cellId,
            LeavingReason reason,
            LocalDate effectiveDate) {
    }

    // --- views (query-service's answers) ---

    /**
     * A member as the read model knows them today: current (or last) cell, status, role, the
     * exemption in force today if any, and the leaving if they left.
     */
    public record MemberView(
            String memberId,
            String fullName,
            String cellId,
            String cellName,
            MembershipStatus status,
            CellRole role,
            LocalDate joinedOn,
            LocalDate promotedOn,
            LocalDate inCellSince,
            ExemptionPeriod exemption,
            LocalDate leftOn,
            LeavingReason leavingReason) {
    }

    /** An exemption as granted; {@code exemptUntil} is the last day exempt (null: until ended). */
    public record ExemptionPeriod(
            LocalDate exemptFrom,
            LocalDate exemptUntil,
            LocalDate endedOn,
            String reason,
            String decidedBy) {
    }

    public record Transfer(
            String fromCellId,
            String fromCellName,
            String toCellId,
            String toCellName,
            TransferReason reason,
            LocalDate effectiveDate) {
    }

    /** A member with every exemption and transfer recorded, oldest first. */
    public record MemberRecord(
            MemberView member,
            List<ExemptionPeriod> exemptions,
            List<Transfer> transfers) {
    }
}
