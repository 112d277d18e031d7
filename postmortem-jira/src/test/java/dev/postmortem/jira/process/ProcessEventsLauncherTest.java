package dev.postmortem.jira.process;

import dev.postmortem.jira.decision.NoticeJobs;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.soak.SoakRecords;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import java.time.Duration;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** The launcher against the host's event publisher and scheduler (mocked; their value types' factories too). */
class ProcessEventsLauncherTest {

    private final ProcessFixture fx = new ProcessFixture();
    private final EventPublisher eventPublisher = mock(EventPublisher.class);
    private final SchedulerService schedulerService = mock(SchedulerService.class);
    private final DebriefListener listener = new DebriefListener(new InMemoryProcessEventLog(), fx.lookup,
            fx.debriefField, fx.clock);
    private final SoakEndJobRunner runner = new SoakEndJobRunner(new SoakEndJob(new InMemoryProcessEventLog(),
            mock(SoakRecords.class), fx.clock),
            NoticeJobs.mailOff(new InMemoryProcessEventLog(), fx.clock), JiraTexts.english());
    private final ProcessEventsLauncher launcher = new ProcessEventsLauncher(eventPublisher, schedulerService, listener,
            runner, fx.clock, TestFeatures.allOn());

    private final JobRunnerKey key = mock(JobRunnerKey.class);
    private final JobId jobId = mock(JobId.class);
    private final JobConfig base = mock(JobConfig.class);
    private final JobConfig clustered = mock(JobConfig.class);
    private final JobConfig scheduled = mock(JobConfig.class);
    private final Schedule every15Minutes = mock(Schedule.class);
    private MockedStatic<JobRunnerKey> keys;
    private MockedStatic<JobId> ids;
    private MockedStatic<JobConfig> configs;
    private MockedStatic<Schedule> schedules;

    @BeforeEach
    void schedulerValueTypes() {
        keys = mockStatic(JobRunnerKey.class);
        ids = mockStatic(JobId.class);
        configs = mockStatic(JobConfig.class);
        schedules = mockStatic(Schedule.class);
        keys.when(() -> JobRunnerKey.of("dev.postmortem.postmortem-jira:soak-end-job")).thenReturn(key);
        ids.when(() -> JobId.of("dev.postmortem.postmortem-jira:soak-end-job")).thenReturn(jobId);
        configs.when(() -> JobConfig.forJobRunnerKey(key)).thenReturn(base);
        when(base.withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)).thenReturn(clustered);
        // Every 15 minutes, the first run a minute after the start (ProcessFixture's clock is at T0).
        schedules.when(() -> Schedule.forInterval(Duration.ofMinutes(15).toMillis(),
                Date.from(ProcessFixture.T0.plus(Duration.ofMinutes(1))))).thenReturn(every15Minutes);
        when(clustered.withSchedule(every15Minutes)).thenReturn(scheduled);
    }

    @AfterEach
    void close() {
        keys.close();
        ids.close();
        configs.close();
        schedules.close();
    }

    @Test
    void onStartRegistersTheListenerAndTheRunnerAndSchedulesOneClusterWideJob() throws Exception {
        launcher.onStart();

        var order = inOrder(eventPublisher, schedulerService);
        order.verify(eventPublisher).register(listener);
        order.verify(schedulerService).registerJobRunner(key, runner);
        order.verify(schedulerService).scheduleJob(jobId, scheduled);
    }

    @Test
    void aJobThatCannotBeScheduledDoesNotStopTheListener() throws Exception {
        doThrow(mock(SchedulerServiceException.class)).when(schedulerService).scheduleJob(jobId, scheduled);

        assertThatCode(launcher::onStart).doesNotThrowAnyException();

        verify(eventPublisher).register(listener);
    }

    @Test
    void onStopUnregistersBothButLeavesTheClusterWideScheduleToTheOtherNodes() throws Exception {
        launcher.onStart();
        launcher.onStop();

        verify(eventPublisher).unregister(listener);
        verify(schedulerService).unregisterJobRunner(key);
        verify(eventPublisher).register(listener);
        verify(schedulerService).registerJobRunner(key, runner);
        verify(schedulerService).scheduleJob(jobId, scheduled);
        // Nothing else: in particular, no unscheduleJob.
        verifyNoMoreInteractions(eventPublisher, schedulerService);
    }

    @Test
    void withoutJirasSchedulerTheListenerStillStartsAndTheSchedulerIsNeverCalled() {
        ProcessEventsLauncher withoutScheduler = new ProcessEventsLauncher(eventPublisher, schedulerService, listener,
                runner, fx.clock, TestFeatures.without("com.atlassian.scheduler.SchedulerService"));

        withoutScheduler.onStart();
        withoutScheduler.onStop();

        verify(eventPublisher).register(listener);
        verify(eventPublisher).unregister(listener);
        org.mockito.Mockito.verifyNoInteractions(schedulerService);
    }
}
