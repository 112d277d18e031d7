package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

// Stand-in for com.atlassian.cache:atlassian-cache-api (com.atlassian.cache.CacheSettingsBuilder); only the members the plugin calls.
public class CacheSettingsBuilder {

    public CacheSettingsBuilder() {
        throw new UnsupportedOperationException();
    }

    public CacheSettings build() {
        throw new UnsupportedOperationException();
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        throw new UnsupportedOperationException();
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        throw new UnsupportedOperationException();
    }

    /** Node-local: each cluster node has its own copy. */
    public CacheSettingsBuilder local() {
        throw new UnsupportedOperationException();
    }

    /** Clustered in a cluster deployment. */
    public CacheSettingsBuilder remote() {
        throw new UnsupportedOperationException();
    }

    /** Replicate values (not just invalidations) to the other nodes; values must be serializable. */
    public CacheSettingsBuilder replicateViaCopy() {
        throw new UnsupportedOperationException();
    }

    /** Replicate only invalidations to the other nodes; each node reloads through its loader. */
    public CacheSettingsBuilder replicateViaInvalidation() {
        throw new UnsupportedOperationException();
    }

    public CacheSettingsBuilder replicateAsynchronously() {
        throw new UnsupportedOperationException();
    }
}
