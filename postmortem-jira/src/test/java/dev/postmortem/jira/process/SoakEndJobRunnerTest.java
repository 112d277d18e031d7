package dev.postmortem.jira.process;

import dev.postmortem.jira.account.AccountReminderJob;
import dev.postmortem.jira.decision.DecisionNoticeJob;
import dev.postmortem.jira.decision.NoticeJobs;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.soak.SoakRecords;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import dev.postmortem.jira.JiraTexts;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static dev.postmortem.jira.process.ProcessFixture.PROJECT_ID;
import static dev.postmortem.jira.process.ProcessFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SoakEndJobRunnerTest {

    private final ProcessFixture fx = new ProcessFixture();
    private final InMemoryProcessEventLog log = new InMemoryProcessEventLog();
    private final SoakRecords records = mock(SoakRecords.class);

    @Test
    void anUnreadableLogFailsTheRunForTheSchedulerToShowAndRetry() {
        // A mock: the test injects a log that cannot be read.
        ProcessEventLog unreadable = mock(ProcessEventLog.class);
        when(unreadable.debriefsAwaitingSoakEnd(anyInt())).thenThrow(new IllegalStateException("database down"));
        SoakEndJobRunner runner =
                new SoakEndJobRunner(new SoakEndJob(unreadable, records, fx.clock),
                        NoticeJobs.mailOff(unreadable, fx.clock), JiraTexts.english());
        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            runner.runJob(mock(JobRunnerRequest.class));

            responses.verify(() -> JobRunnerResponse.failed(
                    "The postmortem process events could not be read; the Jira log has the details. The job tries"
                    + " again on its next run."));
        }
    }

    @Test
    void theJobAsksForOneBoundedBatchAndRecordsTheEndByTheProjectsPolicyOnceItHasPassed() {
        ProcessEvent debrief = new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 7L, PROJECT_ID, T0, "alice");
        // A spy on the twin: the size of the batch asked for is an interaction, not state.
        InMemoryProcessEventLog log = spy(new InMemoryProcessEventLog());
        log.append(debrief);
        // Two business days from Monday 09:00 UTC (the default calendar) end on Wednesday 09:00.
        when(records.policyFor(PROJECT_ID)).thenReturn(SoakPolicy.DEFAULT);
        fx.clock.advance(Duration.ofDays(1));

        SoakEndJob.Result during = new SoakEndJob(log, records, fx.clock).run(() -> false);
        assertThat(log.all()).containsExactly(debrief);
        fx.clock.advance(Duration.ofDays(3));
        SoakEndJob.Result after = new SoakEndJob(log, records, fx.clock).run(() -> false);
        SoakEndJob.Result again = new SoakEndJob(log, records, fx.clock).run(() -> false);

        assertThat(during).isEqualTo(new SoakEndJob.Result(1, 0, 0, false));
        assertThat(after).isEqualTo(new SoakEndJob.Result(1, 1, 0, false));
        assertThat(again).isEqualTo(new SoakEndJob.Result(0, 0, 0, false));
        assertThat(log.all()).containsExactly(debrief, new ProcessEvent(ProcessEventType.SOAK_ENDED, 7L, PROJECT_ID,
                SoakPolicy.DEFAULT.soakEndsAt(T0), null));
        verify(log, times(3)).debriefsAwaitingSoakEnd(SoakEndJob.BATCH);
        assertThat(SoakPolicy.DEFAULT.soakEndsAt(T0)).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
    }

    @Test
    void theOutcomeIsInJirasDefaultLanguage() {
        SoakEndJobRunner german = new SoakEndJobRunner(new SoakEndJob(log, records, fx.clock),
                NoticeJobs.mailOff(log, fx.clock), JiraTexts.in(Locale.GERMAN));
        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            german.runJob(mock(JobRunnerRequest.class));

            responses.verify(() -> JobRunnerResponse.success("Gepr\u00fcfte Nachbesprechungen: 0; erfasste Karenzzeit-Enden: 0;"
                    + " nicht auswertbar: 0 (Einzelheiten im Jira-Protokoll). Entscheidungs-E-Mails: aus, die"
                    + " Mail-Warteschlange von Jira ist nicht verf\u00fcgbar; die E-Mails werden gesendet, sobald sie"
                    + " wieder da ist."));
        }
    }

    @Test
    void aFailingNoticeStepFailsTheRunButKeepsTheSoakEndsRecorded() {
        ProcessEvent debrief = new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 7L, PROJECT_ID, T0, "alice");
        log.append(debrief);
        when(records.policyFor(PROJECT_ID)).thenReturn(SoakPolicy.DEFAULT);
        fx.clock.advance(Duration.ofDays(4));
        // A mock: the test injects a notice step whose read fails.
        DecisionNoticeJob notices = mock(DecisionNoticeJob.class);
        when(notices.run(any())).thenThrow(new IllegalStateException("database down"));
        SoakEndJobRunner runner = new SoakEndJobRunner(new SoakEndJob(log, records, fx.clock), notices,
                JiraTexts.english());
        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            runner.runJob(mock(JobRunnerRequest.class));

            responses.verify(() -> JobRunnerResponse.failed(
                    "Debriefs looked at: 1; soak ends recorded: 1; could not be evaluated: 0 (the Jira log has the"
                    + " details). The postmortem process events could not be read; the Jira log has the details. The"
                    + " job tries again on its next run."));
        }
        assertThat(log.all()).hasSize(2);
    }

    @Test
    void aFailingReminderStepFailsTheRunInsteadOfReportingSuccess() {
        // A mock: the test injects a reminder step whose read fails.
        AccountReminderJob reminders = mock(AccountReminderJob.class);
        when(reminders.run(any())).thenThrow(new IllegalStateException("database down"));
        SoakEndJobRunner runner = new SoakEndJobRunner(new SoakEndJob(log, records, fx.clock),
                NoticeJobs.mailOff(log, fx.clock), JiraTexts.english(), reminders);
        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            runner.runJob(mock(JobRunnerRequest.class));

            responses.verify(() -> JobRunnerResponse.failed(
                    "Debriefs looked at: 0; soak ends recorded: 0; could not be evaluated: 0 (the Jira log has the"
                    + " details). Decision mail: off, Jira\u2019s mail queue is not available; the mails are sent"
                    + " when it is back. The postmortem process events could not be read; the Jira log has the"
                    + " details. The job tries again on its next run."));
        }
    }
}
