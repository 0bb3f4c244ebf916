package vn.chibo.query.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL a view reads for {@code ?asOf=D} (README-asof.md): each versioned table (V43) as recorded by
 * the end of day D, and the subtree of an organisation as the tree stood that day. Without a day, today's
 * table and today's subtree. The day is written into the SQL as a date literal (a {@link LocalDate}
 * prints only digits and dashes), so the queries keep their parameters as they are.
 */
@Component
public class AsOf {

    /** The {@code asOf} parameter's description in the API documentation. */
    public static final String PARAMETER = "Như đã ghi nhận đến hết ngày này (YYYY-MM-DD); bỏ trống: hiện nay "
            + "/ As recorded by the end of this day (YYYY-MM-DD); none: now";

    private final JdbcTemplate jdbc;
    private final Map<String, String> columns = new ConcurrentHashMap<>();

    AsOf(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A day, or none for today; what a query reads for it. */
    public Day on(LocalDate day) {
        return new Day(day);
    }

    public final class Day {

        private final LocalDate day;

        private Day(LocalDate day) {
            this.day = day;
        }

        public boolean isToday() {
            return day == null;
        }

        public LocalDate day() {
            return day;
        }

        /** The table's rows as of the day: its name, or a subquery over it and its versions (give it an alias). */
        public String table(String table) {
            if (day == null) {
                return table;
            }
            String literal = "date '" + day + "'";
            return "(select %1$s from %2$s where recorded_on <= %3$s union all select %1$s from %2$s_version "
                    .formatted(columnsOf(table), table, literal)
                    + "where recorded_on <= %1$s and replaced_on > %1$s)".formatted(literal);
        }

        /** The ids of the subtree of the organisation bound to {@code :organisationId}, on the day's tree. */
        public String subtree() {
            return day == null ? Subtree.OF_ORGANISATION
                    : "(select subtree_on(:organisationId, date '" + day + "'))";
        }
    }

    private String columnsOf(String table) {
        return columns.computeIfAbsent(table, t -> String.join(", ", jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ? order by ordinal_position
                """, String.class, t)));
    }
}
