package dev.postmortem.jira.process;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.sal.api.message.I18nResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * The scheduler's entry to {@link SoakEndJob}: runs it and reports the outcome to the scheduler. Jira shows the
 * outcome's message to administrators on its scheduler page, so it is translated (Jira's default language: the job
 * runs without a user); causes go to the log, never into the message.
 */
public class SoakEndJobRunner implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SoakEndJobRunner.class);

    static final String FAILED_KEY = "postmortem.jira.process.job.failed";
    static final String SUMMARY_KEY = "postmortem.jira.process.job.summary";

    private final SoakEndJob job;
    private final I18nResolver i18n;

    public SoakEndJobRunner(SoakEndJob job, I18nResolver i18n) {
        this.job = Objects.requireNonNull(job, "job");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        SoakEndJob.Result result;
        try {
            result = job.run(request::isCancellationRequested);
        } catch (RuntimeException e) {
            LOG.warn("Postmortem soak-end job could not read the process events; retried on the next run", e);
            return JobRunnerResponse.failed(i18n.getText(FAILED_KEY));
        }
        String summary = i18n.getText(SUMMARY_KEY, result.recorded(), result.lookedAt(), result.failed());
        return result.cancelled() ? JobRunnerResponse.aborted(summary) : JobRunnerResponse.success(summary);
    }
}
