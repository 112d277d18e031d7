package com.atlassian.cache;

// Stand-in for com.atlassian.cache:atlassian-cache-api (com.atlassian.cache.CacheSettings); the plugin only passes it on, so no members.
public interface CacheSettings {
}
