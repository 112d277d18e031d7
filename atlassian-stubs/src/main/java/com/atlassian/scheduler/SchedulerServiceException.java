package com.atlassian.scheduler;

// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api (com.atlassian.scheduler.SchedulerServiceException); only the members the plugin calls.
public class SchedulerServiceException extends Exception {

    public SchedulerServiceException(String message) {
        throw new UnsupportedOperationException();
    }
}
