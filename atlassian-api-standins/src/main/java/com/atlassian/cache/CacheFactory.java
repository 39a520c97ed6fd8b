package com.atlassian.cache;

/**
 * Compile-only stand-in: creates or finds named caches (cluster-aware in Data Center).
 * <p>
 * Mirrors: atlassian-cache-api, decompiled (docs/atlassian-signatures.md §13.1, status C for the
 * {@code CacheFactory} methods). Only the member Glue Work calls.
 */
public interface CacheFactory {

    /** The cache of that name, created with these settings on first use; {@code loader} may be {@code null}. */
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);
}
