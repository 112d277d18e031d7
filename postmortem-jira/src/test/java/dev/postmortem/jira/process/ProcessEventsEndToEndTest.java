package dev.postmortem.jira.process;

import dev.postmortem.jira.decision.NoticeJobs;

import com.atlassian.cache.CacheSettings;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.issue.Issue;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.soak.CachedSoakRecords;
import dev.postmortem.testsupport.InMemoryCacheManager;
import dev.postmortem.jira.storage.AoOverrideLog;
import dev.postmortem.jira.storage.AoProcessEventLog;
import dev.postmortem.jira.storage.AoSoakPolicyStore;
import dev.postmortem.jira.storage.EntityManagerActiveObjects;
import dev.postmortem.jira.storage.H2KeptOpen;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import dev.postmortem.jira.storage.RecordedEvents;
import dev.postmortem.jira.storage.SoakPolicyEntity;
import dev.postmortem.jira.storage.StorageTables;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Answers;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.postmortem.jira.process.ProcessFixture.PROJECT_ID;
import static dev.postmortem.jira.process.ProcessFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The process-event writers end to end on a real database (H2): the launcher registers the listener and the job
 * runner with (mocked) host services, the test publishes Jira's issue events and plays the scheduler, firing the
 * runner as time passes on a fake clock. The scheduler's value types (keys, config, schedule, responses) are host
 * classes: their static factories are mocked.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(H2KeptOpen.class)
@Data(StorageTables.Model.class)
@NameConverters(table = StorageTables.PrefixedTableNames.class, field = AtlassianFieldNameConverter.class)
public class ProcessEventsEndToEndTest {

    /** The decision notices' part of the job's outcome: this Jira has no mail queue. */
    private static final String MAIL_OFF = " Decision mail: off, Jira\u2019s mail queue is not available; the mails are"
            + " sent when it is back.";

    private static final long BROKEN_PROJECT_ID = 10666L;

    protected EntityManager entityManager;

    private final ProcessFixture fx = new ProcessFixture();
    private final EventPublisher eventPublisher = mock(EventPublisher.class);
    private final SchedulerService schedulerService = mock(SchedulerService.class);
    private final JobRunnerRequest request = mock(JobRunnerRequest.class);
    private ProcessEventLog log;
    private ProcessEventsLauncher launcher;

    @Before
    public void plugin() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        log = new AoProcessEventLog(ao);
        AoSoakPolicyStore policies = new AoSoakPolicyStore(ao);
        policies.saveForProject(PROJECT_ID, SoakPolicy.ofHours(48));
        CachedSoakRecords records = new CachedSoakRecords(new InMemoryCacheManager(), mock(CacheSettings.class),
                policies, new AoOverrideLog(ao));
        DebriefListener listener = new DebriefListener(log, fx.lookup, fx.debriefField, fx.clock);
        SoakEndJobRunner runner = new SoakEndJobRunner(new SoakEndJob(log, records, fx.clock),
                NoticeJobs.mailOff(log, fx.clock), JiraTexts.english());
        launcher = new ProcessEventsLauncher(eventPublisher, schedulerService, listener, runner, fx.clock,
                TestFeatures.allOn());
    }

    @Test
    public void theDebriefIsRecordedWhenSetAndItsSoakEndOnceAtTheSoakEndTimeEvenWhenCorrected() throws Exception {
        try (MockedStatic<JobRunnerKey> keys = mockStatic(JobRunnerKey.class);
             MockedStatic<JobId> ids = mockStatic(JobId.class);
             MockedStatic<JobConfig> configs = mockStatic(JobConfig.class);
             MockedStatic<Schedule> schedules = mockStatic(Schedule.class);
             MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            JobRunnerKey key = mock(JobRunnerKey.class);
            keys.when(() -> JobRunnerKey.of(ProcessEventsLauncher.JOB_KEY)).thenReturn(key);
            configs.when(() -> JobConfig.forJobRunnerKey(key))
                    .thenReturn(mock(JobConfig.class, Answers.RETURNS_SELF));
            responses.when(() -> JobRunnerResponse.success(anyString())).thenReturn(null);

            launcher.onStart();
            DebriefListener listener = registeredListener();
            JobRunner runner = registeredRunner(key);

            // Created without a debrief: nothing to record, not even a clear.
            Issue postmortem = fx.postmortem(null);
            listener.onIssueEvent(ProcessFixture.event(postmortem, 1L, "alice"));
            assertThat(RecordedEvents.of(log, postmortem.getId())).isEmpty();

            // The debrief time is set (09:00 Monday); an edit of another field later changes nothing.
            fx.setDebrief(postmortem, T0);
            listener.onIssueEvent(ProcessFixture.updated(postmortem, "alice"));
            listener.onIssueEvent(ProcessFixture.updated(postmortem, "bob"));
            assertThat(RecordedEvents.of(log, postmortem.getId())).containsExactly(
                    new ProcessEvent(ProcessEventType.DEBRIEF_HELD, postmortem.getId(), PROJECT_ID, T0, "alice"));

            // A second postmortem whose project's policy row is unreadable: logged, skipped, the other goes on.
            Issue broken = fx.postmortem(T0);
            when(broken.getProjectId()).thenReturn(BROKEN_PROJECT_ID);
            entityManager.create(SoakPolicyEntity.class, new DBParam(SoakPolicyEntity.COLUMN_PROJECT_ID,
                    BROKEN_PROJECT_ID), new DBParam(SoakPolicyEntity.COLUMN_SOAK_MODE, "LUNAR"),
                    new DBParam(SoakPolicyEntity.COLUMN_AMOUNT, 1L));
            listener.onIssueEvent(ProcessFixture.updated(broken, "carol"));

            // The scheduler fires during the soak (48 hours by the project's policy): no soak end yet.
            fx.clock.advance(Duration.ofHours(47));
            runner.runJob(request);
            assertThat(soakEnds(postmortem)).isEmpty();
            responses.verify(() -> JobRunnerResponse.success(
                    "Debriefs looked at: 2; soak ends recorded: 0; could not be evaluated: 1 (the Jira log has the details)."
                            + MAIL_OFF));

            // Fired late, after the end: recorded with the soak's end time, not the run's; a second run adds none.
            fx.clock.advance(Duration.ofHours(3));
            runner.runJob(request);
            runner.runJob(request);
            assertThat(soakEnds(postmortem)).containsExactly(T0.plus(Duration.ofHours(48)));
            responses.verify(() -> JobRunnerResponse.success(
                    "Debriefs looked at: 2; soak ends recorded: 1; could not be evaluated: 1 (the Jira log has the details)."
                            + MAIL_OFF));
            responses.verify(() -> JobRunnerResponse.success(
                    "Debriefs looked at: 1; soak ends recorded: 0; could not be evaluated: 1 (the Jira log has the details)."
                            + MAIL_OFF));

            // The debrief time is corrected afterwards: the correction is appended and gets its own soak end.
            Instant corrected = T0.plus(Duration.ofHours(24));
            fx.setDebrief(postmortem, corrected);
            listener.onIssueEvent(ProcessFixture.updated(postmortem, "dave"));
            runner.runJob(request);
            assertThat(soakEnds(postmortem)).containsExactly(T0.plus(Duration.ofHours(48)));
            fx.clock.advance(Duration.ofHours(22));
            runner.runJob(request);
            assertThat(soakEnds(postmortem))
                    .containsExactly(T0.plus(Duration.ofHours(48)), corrected.plus(Duration.ofHours(48)));
            assertThat(RecordedEvents.currentDebrief(log, postmortem.getId())).contains(
                    new ProcessEvent(ProcessEventType.DEBRIEF_HELD, postmortem.getId(), PROJECT_ID, corrected, "dave"));
            assertThat(RecordedEvents.of(log, broken.getId())).extracting(ProcessEvent::type)
                    .containsExactly(ProcessEventType.DEBRIEF_HELD);

            // Cleared: recorded as of now; the soak ends stay in the log (append-only), no new one follows.
            fx.setDebrief(postmortem, null);
            listener.onIssueEvent(ProcessFixture.updated(postmortem, "erin"));
            fx.clock.advance(Duration.ofDays(10));
            runner.runJob(request);
            assertThat(RecordedEvents.currentDebrief(log, postmortem.getId())).isEmpty();
            assertThat(RecordedEvents.of(log, postmortem.getId()))
                    .filteredOn(e -> e.type() == ProcessEventType.DEBRIEF_CLEARED)
                    .extracting(ProcessEvent::at).containsExactly(T0.plus(Duration.ofHours(72)));
            assertThat(soakEnds(postmortem)).hasSize(2);

            launcher.onStop();
            verify(eventPublisher).unregister(listener);
            verify(schedulerService).unregisterJobRunner(key);
        }
    }

    @Test
    public void aRunStopsBetweenIssuesWhenTheSchedulerAsksItToAndReportsItAborted() {
        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            fx.clock.advance(Duration.ofDays(5));
            log.appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 1L, PROJECT_ID, T0, null));
            log.appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 2L, PROJECT_ID, T0, null));
            when(request.isCancellationRequested()).thenReturn(false, true);
            SoakEndJobRunner runner = new SoakEndJobRunner(new SoakEndJob(log, new CachedSoakRecords(
                    new InMemoryCacheManager(), mock(CacheSettings.class),
                    new AoSoakPolicyStore(new EntityManagerActiveObjects(entityManager)),
                    new AoOverrideLog(new EntityManagerActiveObjects(entityManager))), fx.clock),
                    NoticeJobs.mailOff(log, fx.clock), JiraTexts.english());

            runner.runJob(request);

            responses.verify(() -> JobRunnerResponse.aborted(
                    "Debriefs looked at: 1; soak ends recorded: 1; could not be evaluated: 0 (the Jira log has the details)."));
            assertThat(log.debriefsAwaitingSoakEnd(10)).hasSize(1);
        }
    }

    private DebriefListener registeredListener() {
        ArgumentCaptor<Object> listener = ArgumentCaptor.forClass(Object.class);
        verify(eventPublisher).register(listener.capture());
        return (DebriefListener) listener.getValue();
    }

    private JobRunner registeredRunner(JobRunnerKey key) throws Exception {
        ArgumentCaptor<JobRunner> runner = ArgumentCaptor.forClass(JobRunner.class);
        verify(schedulerService).registerJobRunner(org.mockito.ArgumentMatchers.eq(key), runner.capture());
        verify(schedulerService).scheduleJob(any(), any());
        return runner.getValue();
    }

    private List<Instant> soakEnds(Issue postmortem) {
        return RecordedEvents.of(log, postmortem.getId()).stream()
                .filter(event -> event.type() == ProcessEventType.SOAK_ENDED)
                .map(ProcessEvent::at)
                .toList();
    }
}
