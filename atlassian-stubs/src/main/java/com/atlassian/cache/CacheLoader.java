package com.atlassian.cache;

// Stand-in for com.atlassian.cache:atlassian-cache-api (com.atlassian.cache.CacheLoader); the plugin passes no loader, so no members.
public interface CacheLoader<K, V> {
}
