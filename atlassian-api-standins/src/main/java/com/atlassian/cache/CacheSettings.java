package com.atlassian.cache;

/**
 * Compile-only stand-in: how a cache behaves (expiry, size, local or replicated), built by {@link CacheSettingsBuilder}.
 * Glue Work only passes it on, so no member is declared.
 * <p>
 * Mirrors: atlassian-cache-api (docs/atlassian-signatures.md §13.4 names it as {@code CacheSettingsBuilder.build()}'s
 * type). That it is an interface is UNCONFIRMED; code that only passes it on compiles either way.
 */
public interface CacheSettings {
}
