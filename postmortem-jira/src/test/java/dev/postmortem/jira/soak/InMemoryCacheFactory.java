package dev.postmortem.jira.soak;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheFactory;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheSettings;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test double of Atlassian Cache with its loader semantics: get loads on a miss, remove forces a reload.
 * Shared through the module's test-jar with the benchmarks.
 */
public final class InMemoryCacheFactory implements CacheFactory {

    private final Map<String, Cache<?, ?>> caches = new HashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new LoadingCache<>(loader));
    }

    private static final class LoadingCache<K, V> implements Cache<K, V> {
        private final Map<K, V> values = new ConcurrentHashMap<>();
        private final CacheLoader<K, V> loader;

        LoadingCache(CacheLoader<K, V> loader) {
            this.loader = loader;
        }

        @Override
        public V get(K key) {
            return values.computeIfAbsent(key, loader::load);
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
    }
}
