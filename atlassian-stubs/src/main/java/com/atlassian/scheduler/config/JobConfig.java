package com.atlassian.scheduler.config;

// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api (com.atlassian.scheduler.config.JobConfig, immutable:
// every with... returns a copy); only the members the plugin calls.
public final class JobConfig {

    private JobConfig() {
        throw new UnsupportedOperationException();
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException();
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException();
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException();
    }
}
