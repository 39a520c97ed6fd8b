package com.atlassian.cache;

/**
 * Compile-only stand-in: creates or finds named caches (cluster-aware in Data Center).
 * <p>
 * Mirrors: atlassian-cache-api, decompiled (docs/atlassian-signatures.md §13.1, status C for the
 * {@code CacheFactory} methods). Only the members Glue Work calls; {@code getCachedReference(String, Supplier,
 * CacheSettings)} as listed at
 * https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/class-use/CachedReference.html.
 */
public interface CacheFactory {

    /** The cache of that name, created with these settings on first use; {@code loader} may be {@code null}. */
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);

    /** The cached reference of that name, created with these settings on first use, computing its value by {@code supplier}. */
    <V> CachedReference<V> getCachedReference(String name, Supplier<V> supplier, CacheSettings settings);
}
