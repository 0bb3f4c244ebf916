package vn.chibo.events;

import java.util.List;

/**
 * One page of a long list as query-service answers it: the items of page {@code page} (from 0) of
 * {@code size} items, and how many items the whole list holds.
 */
public record Page<T>(
        List<T> items,
        long total,
        int page,
        int size) {
}
