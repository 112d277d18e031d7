package dev.postmortem.jira.account;

import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.process.SoakEndJob;
import dev.postmortem.jira.decision.NoticeJobs;
import dev.postmortem.jira.process.SoakEndJobRunner;
import dev.postmortem.jira.soak.SoakRecords;
import dev.postmortem.core.soak.SoakPolicy;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import org.mockito.ArgumentMatchers;
import org.mockito.MockedStatic;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * One reminder per awaited participant before a planned debrief, one business day ahead, from the cluster-wide job;
 * none after the debrief started, none twice, again when the debrief moves.
 */
class AccountReminderJobTest {

    /** Thursday 26 November 2026, 10:00 UTC; the fixture's clock starts on the Wednesday at 09:00. */
    private static final Instant THURSDAY = Instant.parse("2026-11-26T10:00:00Z");

    private final AccountFixture f = new AccountFixture();
    private final InMemoryProcessEventLog log = new InMemoryProcessEventLog();

    private AccountReminderJob job(boolean mailOn) {
        return new AccountReminderJob(log, f.jira.issueManager, f.narratives, f.requests(mailOn), f.clock);
    }

    private void debriefAt(Instant at) {
        log.appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 60L, 10000L, at, "JIRAUSER9"));
    }

    @Test
    void eachAwaitedParticipantIsRemindedOnceWithinTheWindow() {
        debriefAt(THURSDAY);
        AccountReminderJob job = job(true);

        AccountReminderJob.Result early = job.run(() -> false);
        f.clock.advance(Duration.ofHours(2));
        AccountReminderJob.Result due = job.run(() -> false);
        AccountReminderJob.Result again = job.run(() -> false);

        assertThat(early.due()).isZero();
        assertThat(due.sent()).isEqualTo(2);
        assertThat(again.sent()).isZero();
        assertThat(f.mail.recipients()).containsExactlyInAnyOrder("JIRAUSER1", "JIRAUSER2");
        assertThat(f.mail.queued.get(0).getValue().subject()).startsWith("Reminder: your account of PM-60");
    }

    @Test
    void aMovedDebriefRemindsAgainAndAStartedOneNever() {
        f.clock.set(Instant.parse("2026-11-25T12:00:00Z"));
        debriefAt(THURSDAY);
        job(true).run(() -> false);
        debriefAt(THURSDAY.plus(Duration.ofHours(1)));

        job(true).run(() -> false);
        f.clock.set(THURSDAY.plus(Duration.ofHours(2)));
        AccountReminderJob.Result after = job(true).run(() -> false);

        assertThat(f.mail.recipients()).hasSize(4);
        assertThat(after.due()).isZero();
    }

    @Test
    void withMailOffNothingIsDue() {
        f.clock.set(Instant.parse("2026-11-25T12:00:00Z"));
        debriefAt(THURSDAY);

        assertThat(job(false).run(() -> false).due()).isZero();
        assertThat(f.mail.queued).isEmpty();
    }

    @Test
    void theSoakEndJobRunsTheRemindersAfterTheDecisionNotices() {
        f.clock.set(Instant.parse("2026-11-25T12:00:00Z"));
        debriefAt(THURSDAY);
        SoakRecords records = mock(SoakRecords.class);
        when(records.policyFor(10000L)).thenReturn(SoakPolicy.DEFAULT);
        SoakEndJobRunner runner = new SoakEndJobRunner(new SoakEndJob(log, records, f.clock),
                NoticeJobs.mailOff(log, f.clock), JiraTexts.english(), job(true));

        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            runner.runJob(mock(JobRunnerRequest.class));

            responses.verify(() -> JobRunnerResponse.success(ArgumentMatchers.contains(
                    "Account reminders before a debrief: 2 sent for 1 postmortems due; failed: 0")));
        }
        assertThat(f.mail.recipients()).containsExactlyInAnyOrder("JIRAUSER1", "JIRAUSER2");
    }
}
