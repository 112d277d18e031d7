package com.atlassian.scheduler.config;

// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api (com.atlassian.scheduler.config.JobId); only the members the plugin calls.
public final class JobId {

    private JobId() {
        throw new UnsupportedOperationException();
    }

    public static JobId of(String id) {
        throw new UnsupportedOperationException();
    }
}
