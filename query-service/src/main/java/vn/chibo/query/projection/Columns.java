package vn.chibo.query.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.stream.Collectors;

/** Reads nullable columns of the read model into the contract's types. */
public final class Columns {

    private Columns() {
    }

    public static <E extends Enum<E>> E enumOf(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }

    public static Boolean bool(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Boolean.class);
    }

    /** A PostgreSQL array literal of the months' first days, bound as text and cast: {@code cast(? as date[])}. */
    public static String monthArray(Collection<YearMonth> months) {
        return months.stream().map(m -> m.atDay(1).toString()).collect(Collectors.joining(",", "{", "}"));
    }

    /** A PostgreSQL array literal of ids (which never hold commas, quotes or braces): {@code cast(? as varchar[])}. */
    public static String idArray(Collection<String> ids) {
        return ids.stream().collect(Collectors.joining(",", "{", "}"));
    }
}
