package com.atlassian.scheduler.config;

// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api (com.atlassian.scheduler.config.RunMode).
public enum RunMode {
    /** Runs on one node of the cluster each time it fires; the schedule is stored in the database. */
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
