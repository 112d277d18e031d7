package dev.postmortem.jira.process;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortem.jira.account.AccountReminderJob;
import dev.postmortem.jira.decision.DecisionNoticeJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * The scheduler's entry to {@link SoakEndJob} and, after it, the decision notices ({@link DecisionNoticeJob}) and the
 * account reminders ({@link AccountReminderJob}): runs them in turn, each separately bounded, and reports the outcome
 * to the scheduler. The notices run after the soak ends are recorded, so a soak that ended since the last run is asked
 * about in the same run; a failure of a later step never undoes or hides what an earlier one did. Jira shows the outcome's message to administrators on its scheduler page, so it is
 * translated (Jira's default language: the job runs without a user); causes go to the log, never into the message.
 */
public class SoakEndJobRunner implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SoakEndJobRunner.class);

    static final String FAILED_KEY = "postmortem.jira.process.job.failed";
    static final String SUMMARY_KEY = "postmortem.jira.process.job.summary";
    static final String NOTICES_KEY = "postmortem.jira.decision.job.summary";
    static final String MAIL_OFF_KEY = "postmortem.jira.decision.job.mailOff";

    static final String REMINDERS_KEY = "postmortem.jira.account.job.summary";

    private final SoakEndJob job;
    private final DecisionNoticeJob notices;
    private final I18nResolver i18n;
    private final AccountReminderJob reminders;

    public SoakEndJobRunner(SoakEndJob job, DecisionNoticeJob notices, I18nResolver i18n) {
        this(job, notices, i18n, null);
    }

    /** @param reminders the account reminders before a debrief (issue 15), a third step bounded on its own; or null */
    public SoakEndJobRunner(SoakEndJob job, DecisionNoticeJob notices, I18nResolver i18n,
            AccountReminderJob reminders) {
        this.job = Objects.requireNonNull(job, "job");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.reminders = reminders;
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
        boolean failed = false;
        try {
            DecisionNoticeJob.Result sent = notices.run(request::isCancellationRequested);
            summary += " " + (sent.mailOff() ? i18n.getText(MAIL_OFF_KEY)
                    : i18n.getText(NOTICES_KEY, sent.lookedAt(), sent.sent(), sent.failed()));
            if (sent.cancelled()) {
                return JobRunnerResponse.aborted(summary);
            }
        } catch (RuntimeException e) {
            LOG.warn("Postmortem decision notices could not read the soak ends; retried on the next run", e);
            summary += " " + i18n.getText(FAILED_KEY);
            failed = true;
        }
        if (reminders != null) {
            // Its own step: a failure here never hides the soak ends recorded above.
            try {
                AccountReminderJob.Result reminded = reminders.run(request::isCancellationRequested);
                summary += " " + i18n.getText(REMINDERS_KEY, reminded.sent(), reminded.due(), reminded.failed());
                if (reminded.cancelled()) {
                    return JobRunnerResponse.aborted(summary);
                }
            } catch (RuntimeException e) {
                LOG.warn("Postmortem account reminders could not read the process events; retried on the next run", e);
                // Reported like a failed notice step: a swallowed failure would show the scheduler a success.
                summary += " " + i18n.getText(FAILED_KEY);
                failed = true;
            }
        }
        return failed ? JobRunnerResponse.failed(summary) : JobRunnerResponse.success(summary);
    }
}
