package com.atlassian.cache;

/**
 * Compile-only stand-in: a single value computed by a {@link Supplier} on first use and held until {@link #reset()};
 * in a cluster, a reset is seen by every node when the reference replicates by invalidation.
 * <p>
 * Mirrors: https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/CachedReference.html
 * (returned by {@code CacheFactory.getCachedReference}, docs/atlassian-signatures.md §13.1). Only the members Glue
 * Work calls: {@code V get()} and {@code void reset()}.
 */
public interface CachedReference<V> {

    /** The held value, computed by the reference's supplier if none is held. */
    V get();

    /** Drops the held value (on every node, for a replicated reference): the next {@link #get()} computes it anew. */
    void reset();
}
