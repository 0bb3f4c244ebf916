package vn.chibo.report.periodic;

import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.YearQuality;
import vn.chibo.events.indicator.ReadModelPosition;
import vn.chibo.events.report.ReportType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One generation of a periodic report: everything its documents are rendered from, and nothing else.
 * Stored as canonical JSON; rendering the stored value again gives the same bytes.
 *
 * @param own   the indicators of the issuing organisation's whole subtree
 * @param units the indicators of each organisation directly below it
 * @param quality the cells' meeting quality classified for the year (annual review only; null otherwise)
 */
public record PeriodicReport(
        String reportId,
        ReportType type,
        String period,
        String templateVersion,
        IssuingBody issuer,
        int number,
        String place,
        LocalDate issuedOn,
        Instant generatedAt,
        FiguresRead readAt,
        IndicatorFigures own,
        List<IndicatorFigures> units,
        YearQuality quality,
        List<Section> sections,
        List<String> recipients,
        String signerName) {

    /** "Số 12-BC/ĐU". */
    public String numberAndSymbol() {
        return numberAndSymbol(number, issuer.symbol());
    }

    /** Reports are "BC" (báo cáo) documents: "Số 12-BC/ĐU". */
    static String numberAndSymbol(int number, String issuerSymbol) {
        return "Số " + number + "-BC/" + issuerSymbol;
    }

    /** A narrative section written by the officer, printed after the figures. */
    public record Section(String title, String text) {
    }

    /**
     * The read model's position before and after the figures were read; equal when no event was
     * processed in between, which the generator tries a few times to achieve.
     */
    public record FiguresRead(ReadModelPosition before, ReadModelPosition after) {

        public boolean consistent() {
            return before.partitions().equals(after.partitions());
        }
    }
}
