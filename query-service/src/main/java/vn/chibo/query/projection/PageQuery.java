package vn.chibo.query.projection;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.Page;

import java.util.List;

/** Runs a list query one page at a time, with the count of the whole list. */
@Component
public class PageQuery {

    private final NamedParameterJdbcTemplate jdbc;

    public PageQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The page of {@code select + from + " order by " + order}; {@code from} holds the from and where
     * clauses, which also give the total. The order must end with a unique key, so pages never overlap.
     */
    public <T> Page<T> page(String select, String from, String order, MapSqlParameterSource params, Paging paging,
                            RowMapper<T> rows) {
        params.addValue("limit", paging.size()).addValue("offset", paging.offset());
        List<T> items = jdbc.query(select + " " + from + " order by " + order + " limit :limit offset :offset",
                params, rows);
        Long total = jdbc.queryForObject("select count(*) " + from, params, Long.class);
        return paging.of(items, total == null ? 0 : total);
    }
}
