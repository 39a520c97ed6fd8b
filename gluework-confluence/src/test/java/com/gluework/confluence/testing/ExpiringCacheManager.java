package com.gluework.confluence.testing;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CachedReference;
import com.atlassian.cache.Supplier;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A cache manager for one JVM whose caches expire entries a fixed time after they were written. The stand-in
 * {@link CacheSettings} carries no values, so the expiry is this manager's; {@link #entries(String)} lets tests see
 * what a cache holds.
 */
public final class ExpiringCacheManager implements CacheManager {
    private final Duration expireAfterWrite;
    private final LongSupplier nanoTime;
    private final Map<String, ExpiringCache<?, ?>> caches = new ConcurrentHashMap<>();

    public ExpiringCacheManager(Duration expireAfterWrite) {
        this(expireAfterWrite, System::nanoTime);
    }

    public ExpiringCacheManager(Duration expireAfterWrite, LongSupplier nanoTime) {
        this.expireAfterWrite = expireAfterWrite;
        this.nanoTime = nanoTime;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        if (loader != null) {
            throw new UnsupportedOperationException("loaders are not supported here");
        }
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new ExpiringCache<>());
    }

    /** Not used by the macro; the stand-in {@code CacheFactory} declares it for the Jira plugin's category holder. */
    @Override
    public <V> CachedReference<V> getCachedReference(String name, Supplier<V> supplier, CacheSettings settings) {
        throw new UnsupportedOperationException("cached references are not used in Confluence");
    }

    /** How many live entries the named cache holds (0 for a cache never created). */
    public int entries(String name) {
        ExpiringCache<?, ?> cache = caches.get(name);
        return cache == null ? 0 : (int) cache.values.values().stream().filter(e -> e.expiresAt - nanoTime.getAsLong() > 0).count();
    }

    private final class ExpiringCache<K, V> implements Cache<K, V> {
        private final Map<K, Entry<V>> values = new ConcurrentHashMap<>();

        @Override
        public V get(K key) {
            Entry<V> entry = values.get(key);
            if (entry == null) {
                return null;
            }
            if (entry.expiresAt - nanoTime.getAsLong() <= 0) {
                values.remove(key, entry);
                return null;
            }
            return entry.value;
        }

        @Override
        public void put(K key, V value) {
            if (key == null || value == null) {
                throw new NullPointerException("Atlassian caches hold no null keys or values");
            }
            values.put(key, new Entry<>(value, nanoTime.getAsLong() + expireAfterWrite.toNanos()));
        }
    }

    private record Entry<V>(V value, long expiresAt) {
    }
}
