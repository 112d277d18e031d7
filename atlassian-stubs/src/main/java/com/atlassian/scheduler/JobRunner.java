package com.atlassian.scheduler;

// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api (com.atlassian.scheduler.JobRunner); only the members the plugin implements.
public interface JobRunner {

    /** May return null, which the scheduler treats as {@link JobRunnerResponse#success()}. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
