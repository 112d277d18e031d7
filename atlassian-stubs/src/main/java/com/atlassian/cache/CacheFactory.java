package com.atlassian.cache;

// Stand-in for com.atlassian.cache:atlassian-cache-api (com.atlassian.cache.CacheFactory); only the members the plugin calls.
public interface CacheFactory {

    /** {@code loader} may be null (a cache filled with put). Settings are hints an administrator may override. */
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
