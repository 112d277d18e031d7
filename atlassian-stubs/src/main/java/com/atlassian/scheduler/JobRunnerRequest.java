package com.atlassian.scheduler;

// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api (com.atlassian.scheduler.JobRunnerRequest); only the members the plugin calls.
public interface JobRunnerRequest {

    /** True when the runner should stop as soon as it gracefully can (cooperative cancellation). */
    boolean isCancellationRequested();
}
