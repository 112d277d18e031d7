package com.atlassian.beehive;

// Stand-in for com.atlassian.beehive:beehive-api (com.atlassian.beehive.ClusterLockService); only the members the plugin calls.
public interface ClusterLockService {

    /** Lock names up to 255 characters; namespace them (reverse DNS). */
    ClusterLock getLockForName(String lockName);
}
