package com.atlassian.scheduler;

// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api (com.atlassian.scheduler.JobRunnerResponse); only the members the plugin calls.
public final class JobRunnerResponse {

    private JobRunnerResponse() {
        throw new UnsupportedOperationException();
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException();
    }

    public static JobRunnerResponse aborted(String message) {
        throw new UnsupportedOperationException();
    }

    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException();
    }
}
