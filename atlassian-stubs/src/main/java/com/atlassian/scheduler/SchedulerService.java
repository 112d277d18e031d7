package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api (com.atlassian.scheduler.SchedulerService); only the members the plugin calls.
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    /** Replaces an existing job with the same id. */
    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;
}
