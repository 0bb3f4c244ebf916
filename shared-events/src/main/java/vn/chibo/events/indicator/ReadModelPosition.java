package vn.chibo.events.indicator;

import java.util.Map;

/**
 * How far query-service's read model has read the event topic: the next offset of each partition
 * ("topic-0" → 42) and their sum. Two reads at the same position saw the same events.
 */
public record ReadModelPosition(String processor, Map<String, Long> partitions, long total) {
}
