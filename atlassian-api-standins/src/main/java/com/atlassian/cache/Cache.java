package com.atlassian.cache;

/**
 * Compile-only stand-in: a named cache. Null keys and values are not supported.
 * <p>
 * Mirrors: https://docs.atlassian.com/atlassian-cache/2.4.2/apidocs/com/atlassian/cache/Cache.html
 * (docs/atlassian-signatures.md §13.2, status P). Only the members Glue Work calls.
 */
public interface Cache<K, V> {

    /** {@code null} when absent (this cache has no loader). */
    V get(K key);

    void put(K key, V value);
}
