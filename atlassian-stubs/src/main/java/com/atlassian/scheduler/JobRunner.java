package com.atlassian.scheduler;

// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api (com.atlassian.scheduler.JobRunner); only the members the plugin implements.
public interface JobRunner {

    /** May return null, which the scheduler treats as a success without a message. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
