package dev.postmortem.testsupport;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;

import java.util.HashMap;
import java.util.Map;

/**
 * The host's {@link CacheManager} (and so a {@link com.atlassian.cache.CacheFactory}) in memory: one
 * {@link InMemoryCache} per name, created on the first {@link #getCache} with that call's loader and settings and
 * handed out again for the same name, as the host does.
 */
public final class InMemoryCacheManager implements CacheManager {

    private final Map<String, InMemoryCache<?, ?>> caches = new HashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new InMemoryCache<>(loader, required));
    }

    /** The cache created under that name, or an assertion error when none was. */
    @SuppressWarnings("unchecked")
    public synchronized <K, V> InMemoryCache<K, V> cache(String name) {
        InMemoryCache<?, ?> cache = caches.get(name);
        if (cache == null) {
            throw new AssertionError("no cache named " + name + " was created; there are " + caches.keySet());
        }
        return (InMemoryCache<K, V>) cache;
    }
}
