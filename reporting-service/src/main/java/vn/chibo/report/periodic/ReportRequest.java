package vn.chibo.report.periodic;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.chibo.events.report.ReportType;

import java.util.List;

/**
 * A request to generate a report.
 *
 * @param place      the place printed before the date ("Lục Ngạn")
 * @param signerName the secretary who signs, printed under the signature block (optional)
 * @param sections   the officer's narrative sections, printed after the figures
 * @param recipients "Nơi nhận", printed bottom left ("Ban Thường vụ Huyện ủy (b/c)")
 */
public record ReportRequest(
        @NotNull ReportType type,
        @NotBlank @Size(max = 64) String organisationId,
        @NotBlank @Size(max = 16) String period,
        @NotBlank @Size(max = 100) String place,
        @Size(max = 100) String signerName,
        @Valid List<@NotNull Section> sections,
        List<@NotBlank @Size(max = 200) String> recipients) {

    public ReportRequest {
        sections = sections == null ? List.of() : List.copyOf(sections);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public record Section(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String text) {
    }
}
