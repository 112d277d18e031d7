package com.atlassian.scheduler.config;

import java.util.Date;

// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api (com.atlassian.scheduler.config.Schedule); only the members the plugin calls.
public final class Schedule {

    private Schedule() {
        throw new UnsupportedOperationException();
    }

    /** Runs every {@code intervalInMillis}, first at {@code firstRunTime} (null: as soon as possible). */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        throw new UnsupportedOperationException();
    }
}
