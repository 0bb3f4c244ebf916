package vn.chibo.report.periodic;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chibo.events.indicator.IndicatorContract.CellYearQuality;
import vn.chibo.events.indicator.IndicatorContract.IndicatorFigures;
import vn.chibo.events.indicator.IndicatorContract.RateFigure;
import vn.chibo.report.document.DeterministicXlsx;
import vn.chibo.report.periodic.ReportLayout.Row;

import java.util.List;

/**
 * The report's tables as a workbook, a sheet per level: the issuer's own figures, then one line per
 * unit directly below. Counts are numbers and rates are percent numbers, so they can be summed and charted.
 */
final class PeriodicReportXlsx {

    static final String OWN_SHEET = "Toàn đơn vị";
    static final String UNITS_SHEET = "Đơn vị trực thuộc";
    static final String QUALITY_SHEET = "Xếp loại chi bộ";

    private PeriodicReportXlsx() {
    }

    static byte[] render(PeriodicReport report) {
        var workbook = new XSSFWorkbook();
        CellStyle bold = boldStyle(workbook);
        ownSheet(workbook.createSheet(OWN_SHEET), report, bold);
        unitsSheet(workbook.createSheet(UNITS_SHEET), report, bold);
        if (report.quality() != null) {
            qualitySheet(workbook.createSheet(QUALITY_SHEET), report, bold);
        }
        return DeterministicXlsx.write(workbook, report.generatedAt());
    }

    private static void ownSheet(XSSFSheet sheet, PeriodicReport report, CellStyle bold) {
        title(sheet, report, bold);
        header(sheet.createRow(3), bold, List.of("Chỉ tiêu", "Số liệu", "Mục tiêu (%)", "Đạt"));
        int line = 4;
        for (Row row : ReportLayout.rows(report.type())) {
            XSSFRow cells = sheet.createRow(line++);
            cells.createCell(0).setCellValue(row.label());
            value(cells, 1, row, report.own());
            RateFigure rate = row.rate(report.own());
            if (rate != null) {
                cells.createCell(2).setCellValue(rate.targetPercent());
                cells.createCell(3).setCellValue(rate.percent() == null ? "" : rate.met() ? "Đạt" : "Chưa đạt");
            }
        }
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        sheet.setColumnWidth(3, 12 * 256);
    }

    private static void unitsSheet(XSSFSheet sheet, PeriodicReport report, CellStyle bold) {
        title(sheet, report, bold);
        List<Row> rows = ReportLayout.rows(report.type());
        var headers = new java.util.ArrayList<>(List.of("Mã đơn vị", "Đơn vị"));
        rows.forEach(row -> headers.add(row.label()));
        header(sheet.createRow(3), bold, headers);
        int line = 4;
        for (IndicatorFigures unit : report.units()) {
            XSSFRow cells = sheet.createRow(line++);
            cells.createCell(0).setCellValue(unit.organisationId());
            cells.createCell(1).setCellValue(unit.organisationName());
            for (int column = 0; column < rows.size(); column++) {
                value(cells, column + 2, rows.get(column), unit);
            }
        }
        sheet.setColumnWidth(1, 36 * 256);
    }

    /** One line per cell with its months by level and its year's class, then the cells at each level. */
    private static void qualitySheet(XSSFSheet sheet, PeriodicReport report, CellStyle bold) {
        title(sheet, report, bold);
        header(sheet.createRow(3), bold, List.of("Mã chi bộ", "Chi bộ", "Trực thuộc", "Số tháng", "Tháng Tốt",
                "Tháng Khá", "Tháng Trung bình", "Tháng Kém", "Tháng chưa xếp loại", "Xếp loại năm", "Quy định áp dụng"));
        int line = 4;
        for (CellYearQuality cell : report.quality().cells()) {
            XSSFRow cells = sheet.createRow(line++);
            cells.createCell(0).setCellValue(cell.cellId());
            cells.createCell(1).setCellValue(cell.cellName());
            cells.createCell(2).setCellValue(cell.parentName() == null ? "" : cell.parentName());
            int[] months = {cell.monthsStood(), cell.monthsGood(), cell.monthsFair(), cell.monthsAverage(),
                    cell.monthsPoor(), cell.monthsNotRated()};
            for (int i = 0; i < months.length; i++) {
                cells.createCell(3 + i).setCellValue(months[i]);
            }
            cells.createCell(9).setCellValue(ReportLayout.YEAR_LEVELS.get(cell.level()));
            cells.createCell(10).setCellValue(cell.policyVersion());
        }
        line++;
        for (var level : ReportLayout.YEAR_LEVELS.entrySet()) {
            XSSFRow cells = sheet.createRow(line++);
            cells.createCell(1).setCellValue("Số chi bộ xếp loại " + level.getValue());
            cells.createCell(3).setCellValue(report.quality().cellsByLevel().getOrDefault(level.getKey(), 0L));
        }
        sheet.setColumnWidth(1, 36 * 256);
        sheet.setColumnWidth(2, 30 * 256);
    }

    private static void title(XSSFSheet sheet, PeriodicReport report, CellStyle bold) {
        var title = sheet.createRow(0).createCell(0);
        title.setCellValue(report.numberAndSymbol() + " — " + report.issuer().name() + " — kỳ " + report.period());
        title.setCellStyle(bold);
        sheet.createRow(1).createCell(0).setCellValue("Số liệu đọc tại vị trí " + report.readAt().after().total()
                + " của mô hình đọc; lập lúc " + report.generatedAt());
    }

    private static void header(XSSFRow row, CellStyle bold, List<String> labels) {
        for (int column = 0; column < labels.size(); column++) {
            var cell = row.createCell(column);
            cell.setCellValue(labels.get(column));
            cell.setCellStyle(bold);
        }
    }

    /** A count as a whole number, a rate as its percent, nothing when the rate had nothing to measure. */
    private static void value(XSSFRow cells, int column, Row row, IndicatorFigures figures) {
        if (row.kind() != Row.Kind.RATE) {
            cells.createCell(column).setCellValue(row.count(figures));
            return;
        }
        RateFigure rate = row.rate(figures);
        if (rate != null && rate.percent() != null) {
            cells.createCell(column).setCellValue(rate.percent());
        }
    }

    private static CellStyle boldStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
