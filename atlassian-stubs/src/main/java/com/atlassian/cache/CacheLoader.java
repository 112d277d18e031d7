package com.atlassian.cache;

// Stand-in for com.atlassian.cache:atlassian-cache-api (com.atlassian.cache.CacheLoader); only the members the plugin calls.
public interface CacheLoader<K, V> {

    /** Called on a miss; must not return null. */
    V load(K key);
}
