package vn.chibo.events.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import vn.chibo.events.Ids;

import java.time.LocalDate;
import java.util.List;

/**
 * Ý kiến, kiến nghị — a petition raised at a cell's meeting, sent up to the superior committee, which
 * answers it or passes it one level further up.
 */
public final class PetitionContract {

    private PetitionContract() {
    }

    // --- commands ---

    /** {@code raisedBy}: the member who raised it, when the minutes name one. */
    public record RaisePetition(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String petitionId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String cellId,
            @NotBlank @Size(max = 5000) String content,
            @Pattern(regexp = Ids.PATTERN) String raisedBy,
            @NotNull LocalDate raisedOn) {
    }

    /** Sends the petition to the cell's superior committee. */
    public record ForwardPetition(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String petitionId,
            @NotNull LocalDate forwardedOn) {
    }

    /** {@code answeredBy}: the committee, or the member of it, who answered. */
    public record AnswerPetition(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String petitionId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String answeredBy,
            @NotBlank @Size(max = 5000) String answer,
            @NotNull LocalDate answeredOn) {
    }

    /** Passes the petition to the superior of the committee holding it: beyond its authority. */
    public record EscalatePetition(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String petitionId,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull LocalDate escalatedOn) {
    }

    // --- events ---

    @Revision("1")
    public record PetitionRaised(
            String petitionId,
            String meetingId,
            String cellId,
            String content,
            String raisedBy,
            LocalDate raisedOn) {
    }

    @Revision("1")
    public record PetitionForwarded(
            String petitionId,
            String fromOrganisationId,
            String toOrganisationId,
            LocalDate forwardedOn) {
    }

    /** {@code organisationId}: the committee that held the petition and answered it. */
    @Revision("1")
    public record PetitionAnswered(
            String petitionId,
            String organisationId,
            String answeredBy,
            String answer,
            LocalDate answeredOn) {
    }

    @Revision("1")
    public record PetitionEscalated(
            String petitionId,
            String fromOrganisationId,
            String toOrganisationId,
            String reason,
            LocalDate escalatedOn) {
    }

    // --- views (query-service's answers) ---

    /**
     * One step of a petition's path: raised at the cell ({@code to} the cell), forwarded, escalated
     * (with the reason as {@code note}), answered ({@code to} the answering committee, the answer as note).
     */
    public record PetitionStep(
            PetitionStatus kind,
            String fromOrganisationId,
            String toOrganisationId,
            String toOrganisationName,
            String note,
            LocalDate on) {
    }

    /** A petition, who holds it now ({@code holderId}: the cell, then each committee it went to) and its path. */
    public record PetitionView(
            String petitionId,
            String meetingId,
            String cellId,
            String cellName,
            String content,
            String raisedBy,
            LocalDate raisedOn,
            PetitionStatus status,
            String holderId,
            String holderName,
            String answeredBy,
            String answer,
            LocalDate answeredOn,
            List<PetitionStep> path) {
    }
}
