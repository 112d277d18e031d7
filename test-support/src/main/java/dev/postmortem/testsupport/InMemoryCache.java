package dev.postmortem.testsupport;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheSettings;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Atlassian's {@link Cache} as a map, with its loader semantics: with a loader, {@link #get} loads a missing key
 * once and keeps it until {@link #remove} or {@link #removeAll}, which force a reload; without one, a miss is null.
 * No expiry and no size limit: the code under test checks ages with its own clock, and {@link #settings()} says what
 * the cache was asked for.
 */
public final class InMemoryCache<K, V> implements Cache<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final CacheLoader<K, V> loader;
    private final CacheSettings settings;

    /** A cache filled with {@link #put} only. */
    public InMemoryCache() {
        this(null, null);
    }

    public InMemoryCache(CacheLoader<K, V> loader, CacheSettings settings) {
        this.loader = loader;
        this.settings = settings;
    }

    @Override
    public V get(K key) {
        return loader == null ? values.get(key) : values.computeIfAbsent(key, loader::load);
    }

    @Override
    public void put(K key, V value) {
        values.put(key, value);
    }

    @Override
    public void remove(K key) {
        values.remove(key);
    }

    @Override
    public void removeAll() {
        values.clear();
    }

    /** How many values are held (loaded or put). */
    public int size() {
        return values.size();
    }

    /** The settings the cache was created with (null for one made directly). */
    public CacheSettings settings() {
        return settings;
    }
}
