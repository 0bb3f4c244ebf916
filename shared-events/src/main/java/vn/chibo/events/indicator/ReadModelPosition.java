package vn.chibo.events.indicator;

import java.util.Map;

/**
 * How far query-service's read model has read the event topic: the offset of the last event it
 * processed in each partition ("chibo.events.v1-0" → 42, from its tracking token) and their sum.
 * Two reads at the same position saw the same events.
 */
public record ReadModelPosition(String processor, Map<String, Long> partitions, long total) {
}
