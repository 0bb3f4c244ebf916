package vn.chibo.command.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates stay in memory between commands while something still refers to them, instead of being
 * replayed from the event store for every command (BENCHMARKS.md, fix 8: a meeting taking the
 * attendance of each member, one command a member, replayed all earlier answers each time). A unit of
 * work that rolls back takes its aggregate out of the cache; a second command-service instance would
 * meet a stale copy only as a refused append (the event store's unique aggregate sequence).
 */
@Configuration
class AggregateCaching {

    /** Named by every {@code @Aggregate(cache = "aggregateCache")}. */
    @Bean
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }
}
