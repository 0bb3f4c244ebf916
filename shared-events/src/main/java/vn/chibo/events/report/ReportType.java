package vn.chibo.events.report;

import vn.chibo.events.indicator.Period;
import vn.chibo.events.organisation.OrganisationKind;

/**
 * The periodic reports that go upward (domain.md §7). A report is identified by its type, the
 * organisation that issues it and its period: see {@link #reportId}.
 */
public enum ReportType {
    /** Báo cáo tình hình sinh hoạt chi bộ hằng tháng — a grassroots committee's monthly compliance. */
    MONTHLY_COMPLIANCE(1, false),
    /** Báo cáo quý về sinh hoạt chi bộ — to the superior committee. */
    QUARTERLY_MEETINGS(3, true),
    /** Báo cáo sơ kết sáu tháng. */
    SIX_MONTH_REVIEW(6, true),
    /** Báo cáo tổng kết năm, with the classification of cells' meeting quality. */
    ANNUAL_REVIEW(12, true);

    private final int months;
    private final boolean cellsReport;

    ReportType(int months, boolean cellsReport) {
        this.months = months;
        this.cellsReport = cellsReport;
    }

    /**
     * Whether a cell issues this report to its committee. The monthly compliance report is about a
     * committee's cells, so only committees send it up; cells are not expected to.
     */
    public boolean issuedBy(OrganisationKind kind) {
        return cellsReport || kind != OrganisationKind.CELL;
    }

    /** Whether a period (2026-03, 2026-Q1, 2026-H1, 2026) is of this report's length. */
    public boolean covers(Period period) {
        return period.months() == months;
    }

    /** A period of this report's length, to show what is expected: 2026-03, 2026-Q1, 2026-H1, 2026. */
    public String examplePeriod() {
        return switch (this) {
            case MONTHLY_COMPLIANCE -> "2026-03";
            case QUARTERLY_MEETINGS -> "2026-Q1";
            case SIX_MONTH_REVIEW -> "2026-H1";
            case ANNUAL_REVIEW -> "2026";
        };
    }

    /** The report's id: "QUARTERLY_MEETINGS:xa-bien-son:2026-Q1". */
    public String reportId(String organisationId, Period period) {
        return name() + ":" + organisationId + ":" + period.code();
    }
}
