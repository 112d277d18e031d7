package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import dev.postmortem.jira.storage.AoProcessEventLog;
import dev.postmortem.jira.storage.EntityManagerActiveObjects;
import dev.postmortem.jira.storage.H2KeptOpen;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import dev.postmortem.jira.storage.RecordedEvents;
import dev.postmortem.jira.storage.StorageTables;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static dev.postmortem.jira.soak.SoakFixture.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The commit post-function on a real log (H2), next to the writers that record debriefs and soak ends when they
 * happen (process.DebriefListener, process.SoakEndJob): it adds the commit and fills in only what is missing.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(H2KeptOpen.class)
@Data(StorageTables.Model.class)
@NameConverters(table = StorageTables.PrefixedTableNames.class, field = AtlassianFieldNameConverter.class)
public class CommitRecordingOnTheLogTest {

    protected EntityManager entityManager;

    private final SoakFixture fx = new SoakFixture();
    private final Instant heldAt = NOW.minus(Duration.ofHours(50));
    private ProcessEventLog log;
    private CommitRecordingFunction function;

    @Before
    public void function() {
        log = new AoProcessEventLog(new EntityManagerActiveObjects(entityManager));
        function = new CommitRecordingFunction(log, fx.issueLinkManager, fx.lookup(), fx.debriefField, fx.records,
                mock(JiraAuthenticationContext.class), fx.clock);
    }

    @Test
    public void debriefAndSoakEndAlreadyRecordedWhenTheyHappenedAreNotRecordedAgain() {
        Issue postmortem = fx.postmortem("PM-1", heldAt);
        // As the listener and the job recorded them (the project's policy is 48 hours, SoakFixture).
        ProcessEvent debrief = new ProcessEvent(ProcessEventType.DEBRIEF_HELD, postmortem.getId(), PROJECT_ID, heldAt,
                "alice");
        log.appendDebriefChange(debrief);
        log.appendSoakEnd(debrief, heldAt.plus(Duration.ofHours(48)));

        function.execute(Map.of("issue", fx.action), Map.of(), null);
        function.execute(Map.of("issue", fx.action), Map.of(), null);

        assertThat(RecordedEvents.of(log, postmortem.getId())).containsExactly(debrief,
                new ProcessEvent(ProcessEventType.SOAK_ENDED, postmortem.getId(), PROJECT_ID,
                        heldAt.plus(Duration.ofHours(48)), null),
                ProcessEvent.actionsCommitted(postmortem.getId(), PROJECT_ID, NOW, null, fx.action.getId()),
                ProcessEvent.actionsCommitted(postmortem.getId(), PROJECT_ID, NOW, null, fx.action.getId()));
    }

    @Test
    public void whatTheListenerAndTheJobMissedIsFilledInOnce() {
        Issue postmortem = fx.postmortem("PM-1", heldAt);

        function.execute(Map.of("issue", fx.action), Map.of(), null);
        function.execute(Map.of("issue", fx.action), Map.of(), null);

        // Record order: the first commit is appended before the debrief and soak end it fills in.
        assertThat(RecordedEvents.of(log, postmortem.getId())).extracting(ProcessEvent::type).containsExactly(
                ProcessEventType.ACTIONS_COMMITTED, ProcessEventType.DEBRIEF_HELD, ProcessEventType.SOAK_ENDED,
                ProcessEventType.ACTIONS_COMMITTED);
        assertThat(RecordedEvents.currentSoakEnd(log, postmortem.getId())).map(ProcessEvent::at)
                .contains(heldAt.plus(Duration.ofHours(48)));
    }
}
