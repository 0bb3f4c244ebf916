package vn.chibo.report.periodic;

import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;
import vn.chibo.events.organisation.OrganisationKind;

import java.util.Locale;

/**
 * Cơ quan ban hành — who issues a report, as the party document format prints it: the superior body
 * above, the issuer below, the symbol after the document number, and who signs on behalf of whom.
 *
 * @param symbol      the issuer's abbreviation in the number ("ĐU" in "12-BC/ĐU")
 * @param onBehalfOf  the collective body the secretary signs for ("T/M ĐẢNG ỦY")
 */
public record IssuingBody(String organisationId, String name, String superiorName, String symbol, String onBehalfOf,
                          String signerTitle) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    static IssuingBody of(OrganisationSummary organisation, OrganisationSummary superior) {
        String name = organisation.name();
        String lower = name.toLowerCase(VIETNAMESE);
        String symbol;
        String onBehalfOf;
        if (organisation.kind() == OrganisationKind.CELL) {
            symbol = "CB";
            onBehalfOf = "T/M CHI BỘ";
        } else if (lower.startsWith("tỉnh ủy") || lower.startsWith("thành ủy") || lower.startsWith("thị ủy")) {
            symbol = "TU";
            onBehalfOf = "T/M BAN THƯỜNG VỤ";
        } else if (lower.startsWith("huyện ủy") || lower.startsWith("quận ủy")) {
            symbol = lower.startsWith("huyện") ? "HU" : "QU";
            onBehalfOf = "T/M BAN THƯỜNG VỤ";
        } else {
            symbol = "ĐU";
            onBehalfOf = "T/M ĐẢNG ỦY";
        }
        return new IssuingBody(organisation.organisationId(), name, superior == null ? null : superior.name(), symbol,
                onBehalfOf, "BÍ THƯ");
    }

    public String nameInCapitals() {
        return name.toUpperCase(VIETNAMESE);
    }

    public String superiorInCapitals() {
        return superiorName == null ? null : superiorName.toUpperCase(VIETNAMESE);
    }
}
