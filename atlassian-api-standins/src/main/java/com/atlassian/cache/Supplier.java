package com.atlassian.cache;

/**
 * Compile-only stand-in: computes the value of a {@link CachedReference}.
 * <p>
 * Mirrors: atlassian-cache-api {@code com.atlassian.cache.Supplier<T>}, {@code @PublicSpi}, which extends
 * {@code java.util.function.Supplier<T>} (docs/atlassian-signatures.md §13.1; the type named by
 * https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/class-use/CachedReference.html).
 * It declares no member of its own here.
 */
@FunctionalInterface
public interface Supplier<T> extends java.util.function.Supplier<T> {
}
