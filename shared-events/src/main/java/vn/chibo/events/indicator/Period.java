package vn.chibo.events.indicator;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period (kỳ báo cáo): a month ("2026-03"), a quarter ("2026-Q1"), a half-year ("2026-H1")
 * or a year ("2026"). Written as its {@link #code()} in URLs and reports.
 */
public record Period(String code, YearMonth first, YearMonth last) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Reads a period code; throws IllegalArgumentException for anything else. */
    public static Period parse(String code) {
        if (code == null) {
            throw new IllegalArgumentException("no period");
        }
        Matcher quarter = QUARTER.matcher(code);
        if (quarter.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1);
            return new Period(code, first, first.plusMonths(2));
        }
        Matcher half = HALF.matcher(code);
        if (half.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(half.group(1)), half.group(2).equals("1") ? 1 : 7);
            return new Period(code, first, first.plusMonths(5));
        }
        if (YEAR.matcher(code).matches()) {
            int year = Integer.parseInt(code);
            return new Period(code, YearMonth.of(year, 1), YearMonth.of(year, 12));
        }
        try {
            YearMonth month = YearMonth.parse(code);
            return new Period(code, month, month);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a period: " + code, e);
        }
    }

    /** The same as {@link #parse}, trimmed; the name lets Spring convert a request parameter to a period. */
    public static Period valueOf(String code) {
        return parse(code == null ? null : code.trim());
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), month, month);
    }

    /** The quarter that contains the month. */
    public static Period quarterOf(YearMonth month) {
        return parse(month.getYear() + "-Q" + ((month.getMonthValue() + 2) / 3));
    }

    /** The last quarter that ended before the month began: the one whose reports are due in it. */
    public static Period quarterEndedBefore(YearMonth month) {
        return quarterOf(quarterOf(month).first().minusMonths(1));
    }

    public long months() {
        return first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }
}
