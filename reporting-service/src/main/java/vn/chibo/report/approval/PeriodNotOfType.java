package vn.chibo.report.approval;

import vn.chibo.events.indicator.Period;
import vn.chibo.events.report.ReportType;

/** A period that is not of the report type's length: a month for a quarterly report, say. */
class PeriodNotOfType extends RuntimeException {

    final transient Period period;
    final ReportType type;

    PeriodNotOfType(Period period, ReportType type) {
        super(period.code() + " is not a period of " + type);
        this.period = period;
        this.type = type;
    }
}
