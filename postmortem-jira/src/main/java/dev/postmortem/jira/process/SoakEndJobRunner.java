package dev.postmortem.jira.process;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortem.jira.decision.DecisionNoticeJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * The scheduler's entry to {@link SoakEndJob} and, after it, the decision notices ({@link DecisionNoticeJob}): runs
 * both, each separately bounded, and reports the outcome to the scheduler. The notices run after the soak ends are
 * recorded, so a soak that ended since the last run is asked about in the same run; a failure of the notices never
 * undoes or hides the soak ends. Jira shows the outcome's message to administrators on its scheduler page, so it is
 * translated (Jira's default language: the job runs without a user); causes go to the log, never into the message.
 */
public class SoakEndJobRunner implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SoakEndJobRunner.class);

    static final String FAILED_KEY = "postmortem.jira.process.job.failed";
    static final String SUMMARY_KEY = "postmortem.jira.process.job.summary";
    static final String NOTICES_KEY = "postmortem.jira.decision.job.summary";
    static final String MAIL_OFF_KEY = "postmortem.jira.decision.job.mailOff";

    private final SoakEndJob job;
    private final DecisionNoticeJob notices;
    private final I18nResolver i18n;

    public SoakEndJobRunner(SoakEndJob job, DecisionNoticeJob notices, I18nResolver i18n) {
        this.job = Objects.requireNonNull(job, "job");
        this.notices = Objects.requireNonNull(notices, "notices");
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
        if (result.cancelled()) {
            return JobRunnerResponse.aborted(summary);
        }
        DecisionNoticeJob.Result sent;
        try {
            sent = notices.run(request::isCancellationRequested);
        } catch (RuntimeException e) {
            LOG.warn("Postmortem decision notices could not read the soak ends; retried on the next run", e);
            return JobRunnerResponse.failed(summary + " " + i18n.getText(FAILED_KEY));
        }
        String all = summary + " " + (sent.mailOff() ? i18n.getText(MAIL_OFF_KEY)
                : i18n.getText(NOTICES_KEY, sent.lookedAt(), sent.sent(), sent.failed()));
        return sent.cancelled() ? JobRunnerResponse.aborted(all) : JobRunnerResponse.success(all);
    }
}
