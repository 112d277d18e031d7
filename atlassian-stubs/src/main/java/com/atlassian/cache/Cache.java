package com.atlassian.cache;

// Stand-in for com.atlassian.cache:atlassian-cache-api (com.atlassian.cache.Cache); only the members the plugin calls.
public interface Cache<K, V> {

    /** The value, or null if there is none (and no loader). */
    V get(K key);

    void put(K key, V value);

    void remove(K key);

    void removeAll();
}
