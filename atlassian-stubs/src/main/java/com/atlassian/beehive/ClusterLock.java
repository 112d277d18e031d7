package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

// Stand-in for com.atlassian.beehive:beehive-api (com.atlassian.beehive.ClusterLock); its members are java.util.concurrent.locks.Lock's.
public interface ClusterLock extends Lock {
}
