package vn.chibo.query.projection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.chibo.events.Page;

import java.util.List;

/** The {@code page} (from 0) and {@code size} query parameters of a long list; 50 items when not given. */
public record Paging(
        @Min(0) Integer page,
        @Min(1) @Max(Paging.MAXIMUM_SIZE) Integer size) {

    public static final int MAXIMUM_SIZE = 500;
    private static final int DEFAULT_SIZE = 50;

    public Paging {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    public long offset() {
        return (long) page * size;
    }

    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, total, page, size);
    }
}
