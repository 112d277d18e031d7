package dev.postmortem.jira.process;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * The scheduler's entry to {@link SoakEndJob}: runs it and reports the outcome to the scheduler. The outcome's
 * message is an operator diagnostic, like a log line (Jira shows it on its scheduler administration page), so it is
 * not translated; causes go to the log, not into the message. Runs without a user: the job needs none.
 */
public class SoakEndJobRunner implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SoakEndJobRunner.class);

    private final SoakEndJob job;

    public SoakEndJobRunner(SoakEndJob job) {
        this.job = Objects.requireNonNull(job, "job");
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        SoakEndJob.Result result;
        try {
            result = job.run(request::isCancellationRequested);
        } catch (RuntimeException e) {
            LOG.warn("Postmortem soak-end job could not read the process events; retried on the next run", e);
            return JobRunnerResponse.failed("Process events unreadable; see the log");
        }
        String summary = "Soak ends recorded: " + result.recorded() + " of " + result.lookedAt()
                + " debriefs looked at; failed: " + result.failed();
        return result.cancelled() ? JobRunnerResponse.aborted(summary) : JobRunnerResponse.success(summary);
    }
}
