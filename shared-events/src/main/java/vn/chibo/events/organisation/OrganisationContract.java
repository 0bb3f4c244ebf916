package vn.chibo.events.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.chibo.events.Ids;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * Tổ chức đảng — the organisation tree: commands, events and read views of one organisation.
 * <p>
 * The tree is data: how many committee levels sit above a cell and what each level is called
 * ({@code levelLabel}, free text such as "Huyện ủy", "Đảng ủy xã", "Chi bộ trực thuộc") is whatever the
 * organisations were created with, so the pre-2025 tree (province → district → grassroots committee →
 * cell) and the post-2025 one (province → commune/ward committee → grassroots committee → cell) are
 * both just data. Every change carries the date it takes effect; events are never rewritten, so the
 * tree as it stood on any past date can be rebuilt from them.
 */
public final class OrganisationContract {

    private OrganisationContract() {
    }

    // --- commands ---

    /** Creates an organisation under {@code parentId} (null only for the root of a tree). */
    public record CreateOrganisation(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String organisationId,
            @NotBlank @Size(max = 200) String name,
            @NotNull OrganisationKind kind,
            @NotBlank @Size(max = 100) String levelLabel,
            CellType cellType,
            @Pattern(regexp = Ids.PATTERN) String parentId,
            @NotNull LocalDate effectiveDate) {
    }

    public record RenameOrganisation(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String organisationId,
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate effectiveDate) {
    }

    /** Moves an organisation, with everything below it, under another parent. */
    public record MoveOrganisation(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String organisationId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String parentId,
            @NotNull @PastOrPresent LocalDate effectiveDate) {
    }

    /**
     * Sáp nhập — merges organisations of the same kind into the survivor. Absorbed committees hand
     * what was under them to the survivor; absorbed cells hand over their members.
     */
    public record MergeOrganisations(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String survivorId,
            @NotEmpty @Size(max = 50) List<@NotBlank @Pattern(regexp = Ids.PATTERN) String> absorbedIds,
            @NotNull @PastOrPresent LocalDate effectiveDate) {
    }

    /** Ends one organisation absorbed by a merge. Sent by the merge itself, not by people. */
    public record AbsorbOrganisation(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String organisationId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String survivorId,
            @NotNull LocalDate effectiveDate) {
    }

    /**
     * Chia tách — replaces an organisation by new ones under the same parent, at the same level. Each
     * part says what it takes over: members if a cell is split, organisations below if a committee is;
     * everything must go to exactly one part.
     */
    public record SplitOrganisation(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String organisationId,
            @NotNull @Size(min = 2, max = 20) List<@NotNull @Valid SplitPart> parts,
            @NotNull @PastOrPresent LocalDate effectiveDate) {
    }

    /** One new organisation of a split; a cell part without a cell type keeps the split cell's type. */
    public record SplitPart(
            @NotBlank @Pattern(regexp = Ids.PATTERN) String organisationId,
            @NotBlank @Size(max = 200) String name,
            CellType cellType,
            @NotNull @Size(max = 2000) List<@NotBlank @Pattern(regexp = Ids.PATTERN) String> takes) {
    }

    /** Creates one part of a split organisation. Sent by the split itself, not by people. */
    public record FormSplitPart(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String organisationId,
            @NotBlank @Pattern(regexp = Ids.PATTERN) String splitOrganisationId,
            @NotBlank @Size(max = 200) String name,
            @NotNull OrganisationKind kind,
            @NotBlank @Size(max = 100) String levelLabel,
            CellType cellType,
            @Pattern(regexp = Ids.PATTERN) String parentId,
            @NotNull List<String> takes,
            @NotNull LocalDate effectiveDate) {
    }

    /** Giải thể — ends an organisation that has nothing left under it and no members. */
    public record DissolveOrganisation(
            @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN) String organisationId,
            @NotNull @PastOrPresent LocalDate effectiveDate) {
    }

    // --- events ---

    @Revision("1")
    public record OrganisationCreated(
            String organisationId,
            String name,
            OrganisationKind kind,
            String levelLabel,
            CellType cellType,
            String parentId,
            LocalDate effectiveDate) {
    }

    @Revision("1")
    public record OrganisationRenamed(
            String organisationId,
            String name,
            String previousName,
            LocalDate effectiveDate) {
    }

    @Revision("1")
    public record OrganisationMoved(
            String organisationId,
            String parentId,
            String previousParentId,
            LocalDate effectiveDate) {
    }

    /** Recorded on the survivor: which organisations it absorbed, from which date. */
    @Revision("1")
    public record OrganisationsMerged(
            String survivorId,
            List<String> absorbedIds,
            LocalDate effectiveDate) {
    }

    /** Recorded on an absorbed organisation: it ends, absorbed into {@code survivorId}. */
    @Revision("1")
    public record OrganisationAbsorbed(
            String organisationId,
            String survivorId,
            LocalDate effectiveDate) {
    }

    /** Recorded on the split organisation, which ends: the parts, their parent and level, what each took. */
    @Revision("1")
    public record OrganisationSplit(
            String organisationId,
            OrganisationKind kind,
            String levelLabel,
            String parentId,
            List<SplitPart> parts,
            LocalDate effectiveDate) {
    }

    /** Recorded on a new part of a split, after its {@link OrganisationCreated}: where it came from. */
    @Revision("1")
    public record SplitPartFormed(
            String organisationId,
            String splitOrganisationId,
            List<String> takes,
            LocalDate effectiveDate) {
    }

    @Revision("1")
    public record OrganisationDissolved(
            String organisationId,
            LocalDate effectiveDate) {
    }

    // --- views (query-service's answers) ---

    /** One organisation with what is rolled up from its whole subtree. */
    public record OrganisationSummary(
            String organisationId,
            String name,
            OrganisationKind kind,
            String levelLabel,
            CellType cellType,
            String parentId,
            int depth,
            long cells,
            long officialMembers,
            long probationaryMembers) {
    }
}
