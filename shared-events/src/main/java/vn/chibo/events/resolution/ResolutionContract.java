package vn.chibo.events.resolution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import vn.chibo.events.Ids;
import vn.chibo.events.meeting.MeetingContract.VoteResult;
import vn.chibo.events.task.TaskContract.TaskCard;

import java.time.LocalDate;
import java.util.List;

/**
 * Nghị quyết, kết luận — what a meeting adopted. Never edited: a correction is an amendment or a
 * supersession, each a new event saying who and why.
 */
public final class ResolutionContract {

    private ResolutionContract() {
    }

    // --- commands ---

    /** Records what a cell's meeting adopted by vote; {@code number} is the symbol, e.g. "05-NQ/CB", if any. */
    public record AdoptResolution(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String resolutionId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String meetingId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String organisationId,
            @NotNull ResolutionKind kind,
            @Size(max = 50) String number,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 20000) String text,
            @NotNull LocalDate adoptedOn) {
    }

    /** An amendment: what changed, the member who proposed it, and why. */
    public record AmendResolution(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String resolutionId,
            @NotBlank @Size(max = 5000) String change,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String amendedBy,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull LocalDate amendedOn) {
    }

    /** Replaces the target resolution by a later one of the same cell. */
    public record SupersedeResolution(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String resolutionId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String supersededBy,
            @NotBlank @Size(max = 2000) String reason) {
    }

    // --- events ---

    @Revision("1")
    public record ResolutionAdopted(
            String resolutionId,
            String meetingId,
            String organisationId,
            ResolutionKind kind,
            String number,
            String title,
            String text,
            LocalDate adoptedOn) {
    }

    /** {@code amendment} counts the amendments of this resolution from 1. */
    @Revision("1")
    public record ResolutionAmended(
            String resolutionId,
            int amendment,
            String change,
            String amendedBy,
            String reason,
            LocalDate amendedOn) {
    }

    /** Superseded as of the successor's adoption ({@code supersededOn}). */
    @Revision("1")
    public record ResolutionSuperseded(
            String resolutionId,
            String supersededBy,
            String reason,
            LocalDate supersededOn) {
    }

    // --- views (query-service's answers) ---

    /**
     * A resolution in a list: {@code supersedes} names the resolution it replaced, if any;
     * {@code amendments} and {@code tasks} count them.
     */
    public record ResolutionSummary(
            String resolutionId,
            String meetingId,
            String organisationId,
            String organisationName,
            ResolutionKind kind,
            String number,
            String title,
            LocalDate adoptedOn,
            int amendments,
            String supersededBy,
            LocalDate supersededOn,
            String supersedes,
            long tasks) {
    }

    public record Amendment(
            int amendment,
            String change,
            String amendedBy,
            String reason,
            LocalDate amendedOn) {
    }

    /** A resolution with its text, amendments, the meeting's passing vote (null if none is known) and tasks. */
    public record ResolutionRecord(
            ResolutionSummary resolution,
            String text,
            String supersessionReason,
            List<Amendment> amendments,
            VoteResult vote,
            List<TaskCard> tasks) {
    }
}
