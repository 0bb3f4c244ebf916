package vn.chibo.report.periodic;

import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.RateFigure;
import vn.chibo.events.indicator.Period;
import vn.chibo.report.document.PartyDocumentPdf;
import vn.chibo.report.document.VietnameseDate;
import vn.chibo.report.periodic.ReportLayout.Row;

import java.util.ArrayList;
import java.util.List;

/** A periodic report as a party document: the issuer's figures, its units' figures, then the officer's text. */
final class PeriodicReportPdf {

    private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private PeriodicReportPdf() {
    }

    static byte[] render(PeriodicReport report) {
        var issuer = report.issuer();
        var header = new PartyDocumentPdf.Header(issuer.superiorInCapitals(), issuer.nameInCapitals(),
                report.numberAndSymbol(), VietnameseDate.placeAndDate(report.place(), report.issuedOn()), "BÁO CÁO",
                ReportLayout.summaryLine(report.type(), Period.parse(report.period())));
        var signature = PartyDocumentPdf.Signature.withRecipients(
                new PartyDocumentPdf.Signer(List.of(issuer.onBehalfOf(), issuer.signerTitle()), report.signerName()),
                recipients(report));
        return PartyDocumentPdf.render(header, signature, report.reportId() + "#" + report.generatedAt(),
                report.generatedAt(), pdf -> body(pdf, report));
    }

    private static void body(PartyDocumentPdf pdf, PeriodicReport report) {
        int section = 0;
        pdf.heading(NUMERALS[section++] + ". SỐ LIỆU CHỦ YẾU CỦA " + report.issuer().nameInCapitals());
        pdf.table(List.of("TT", "Chỉ tiêu", "Số liệu", "Mục tiêu", "Đánh giá"), ownRows(report),
                new float[] {6, 50, 13, 12, 19}, 2);
        if (!report.units().isEmpty()) {
            pdf.heading(NUMERALS[section++] + ". SỐ LIỆU CÁC ĐƠN VỊ TRỰC THUỘC");
            List<Row> columns = ReportLayout.unitColumns(report.type());
            List<String> headers = new ArrayList<>(List.of("TT", "Đơn vị"));
            columns.forEach(column -> headers.add(column.label()));
            float[] widths = new float[headers.size()];
            widths[0] = 5;
            widths[1] = 31;
            for (int i = 2; i < widths.length; i++) {
                widths[i] = 64f / columns.size();
            }
            pdf.table(headers, unitRows(report, columns), widths, 2);
        }
        if (report.quality() != null) {
            pdf.heading(NUMERALS[section++] + ". " + ReportLayout.yearQualityHeading(report.quality().year()));
            pdf.table(List.of("TT", "Xếp loại", "Số chi bộ"), qualityRows(report), new float[] {8, 60, 32}, 2);
        }
        for (PeriodicReport.Section text : report.sections()) {
            pdf.heading(NUMERALS[Math.min(section++, NUMERALS.length - 1)] + ". " + text.title().toUpperCase(
                    java.util.Locale.forLanguageTag("vi")));
            pdf.paragraph(text.text());
        }
    }

    private static List<List<String>> ownRows(PeriodicReport report) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Row row : ReportLayout.rows(report.type())) {
            RateFigure rate = row.rate(report.own());
            rows.add(List.of(String.valueOf(number++), row.label(), row.printed(report.own()),
                    rate == null ? "" : rate.targetPercent() + "%", assessment(rate)));
        }
        return rows;
    }

    private static List<List<String>> unitRows(PeriodicReport report, List<Row> columns) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (IndicatorFigures unit : report.units()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(number++), unit.organisationName()));
            columns.forEach(column -> row.add(column.printed(unit)));
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> qualityRows(PeriodicReport report) {
        List<List<String>> rows = new ArrayList<>();
        var counts = report.quality().cellsByLevel();
        ReportLayout.YEAR_LEVELS.forEach((level, label) -> rows.add(List.of(String.valueOf(rows.size() + 1), label,
                String.valueOf(counts.getOrDefault(level, 0L)))));
        rows.add(List.of("", "Tổng số chi bộ được xếp loại", String.valueOf(report.quality().cells().size())));
        return rows;
    }

    private static String assessment(RateFigure rate) {
        if (rate == null) {
            return "";
        }
        if (rate.percent() == null) {
            return "Chưa có số liệu";
        }
        return rate.met() ? "Đạt" : "Chưa đạt";
    }

    private static List<String> recipients(PeriodicReport report) {
        List<String> recipients = new ArrayList<>(report.recipients());
        recipients.add("Lưu văn phòng.");
        return recipients;
    }
}
