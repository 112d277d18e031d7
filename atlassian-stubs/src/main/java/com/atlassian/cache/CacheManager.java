package com.atlassian.cache;

// Stand-in for com.atlassian.cache:atlassian-cache-api (com.atlassian.cache.CacheManager, the host's OSGi-exported cache service);
// the plugin only uses what it inherits from CacheFactory.
public interface CacheManager extends CacheFactory {
}
