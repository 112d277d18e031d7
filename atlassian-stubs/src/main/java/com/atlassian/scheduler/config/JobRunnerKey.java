package com.atlassian.scheduler.config;

// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api (com.atlassian.scheduler.config.JobRunnerKey); only the members the plugin calls.
public final class JobRunnerKey {

    private JobRunnerKey() {
        throw new UnsupportedOperationException();
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException();
    }
}
