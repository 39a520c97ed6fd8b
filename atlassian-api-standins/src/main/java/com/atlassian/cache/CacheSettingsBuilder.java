package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * Compile-only stand-in: builds {@link CacheSettings}.
 * <p>
 * Mirrors: atlassian-cache-api, decompiled (docs/atlassian-signatures.md §13.4, status C). Unlike most stand-ins it
 * returns values, so that tests and the preview can run the code that builds settings; the settings it builds carry
 * nothing (the preview's cache takes its expiry from its own constructor). Only the members Glue Work calls.
 */
public class CacheSettingsBuilder {

    public CacheSettingsBuilder() {
    }

    public CacheSettings build() {
        return new CacheSettings() {
        };
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        return this;
    }

    public CacheSettingsBuilder local() {
        return this;
    }

    /** A cache whose values stay on each node and whose removals are sent to every node. */
    public CacheSettingsBuilder replicateViaInvalidation() {
        return this;
    }
}
