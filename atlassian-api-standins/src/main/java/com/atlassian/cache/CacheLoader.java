package com.atlassian.cache;

/**
 * Compile-only stand-in: loads a missing value. Glue Work passes none (see the macro's cache), but the factory method
 * it calls names the type.
 * <p>
 * Mirrors: atlassian-cache-api, decompiled (docs/atlassian-signatures.md §13.3, status C).
 */
public interface CacheLoader<K, V> {

    V load(K key);
}
