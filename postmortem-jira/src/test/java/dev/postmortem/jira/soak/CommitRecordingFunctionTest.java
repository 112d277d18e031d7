package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static dev.postmortem.jira.soak.SoakFixture.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CommitRecordingFunctionTest {

    private final SoakFixture fx = new SoakFixture();
    private final InMemoryProcessEventLog log = new InMemoryProcessEventLog();
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final CommitRecordingFunction function = new CommitRecordingFunction(log, fx.issueLinkManager,
            fx.lookup(), fx.debriefField, fx.records, authenticationContext, fx.clock);

    @Test
    void aCommitAfterTheSoakRecordsTheCommitTheDebriefAndTheEndOfTheSoakForThePostmortem() {
        Instant heldAt = NOW.minus(Duration.ofHours(50));
        Issue postmortem = fx.postmortem("PM-1", heldAt);
        loggedIn("JIRAUSER10100");

        function.execute(new HashMap<>(Map.of("issue", fx.action)), Map.of(), null);

        long id = postmortem.getId();
        // Naming the committed action, so the process view can leave it out for viewers who may not browse it.
        ProcessEvent committed = ProcessEvent.actionsCommitted(id, PROJECT_ID, NOW, "JIRAUSER10100", fx.action.getId());
        ProcessEvent debrief = new ProcessEvent(ProcessEventType.DEBRIEF_HELD, id, PROJECT_ID, heldAt, null);
        // The project's policy is 48 hours (SoakFixture).
        ProcessEvent soakEnded = new ProcessEvent(ProcessEventType.SOAK_ENDED, id, PROJECT_ID,
                heldAt.plus(Duration.ofHours(48)), null);
        assertThat(log.all()).containsExactly(committed, debrief, soakEnded);

        // Through the storage rules the listener and the job use: recorded only if not recorded already.
        function.execute(new HashMap<>(Map.of("issue", fx.action)), Map.of(), null);
        assertThat(log.all()).containsExactly(committed, debrief, soakEnded, committed);
    }

    @Test
    void aCommitByOverrideBeforeTheEndOfTheSoakRecordsNoSoakEnd() {
        Instant heldAt = NOW.minus(Duration.ofHours(10));
        Issue postmortem = fx.postmortem("PM-1", heldAt);

        function.execute(Map.of("issue", fx.action), Map.of(), null);

        assertThat(log.all()).containsExactly(
                ProcessEvent.actionsCommitted(postmortem.getId(), PROJECT_ID, NOW, null, fx.action.getId()),
                new ProcessEvent(ProcessEventType.DEBRIEF_HELD, postmortem.getId(), PROJECT_ID, heldAt, null));
    }

    @Test
    void everyLinkedPostmortemGetsItsOwnEventsAndOtherLinksAreIgnored() {
        Issue first = fx.postmortem("PM-1", null);
        Issue second = fx.postmortem("PM-2", null);
        fx.linked("REL-1", null, SoakFixture.OTHER_LINK_TYPE_ID);

        function.execute(Map.of("issue", fx.action), Map.of(), null);

        // No debrief held yet: nothing to record about it.
        assertThat(log.all()).extracting(ProcessEvent::type).containsOnly(ProcessEventType.ACTIONS_COMMITTED);
        assertThat(log.all()).extracting(ProcessEvent::issueId).containsExactly(first.getId(), second.getId());
    }

    @Test
    void nothingIsRecordedWithoutAStoredIssueOrWithoutTheLinkType() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(3)));
        Issue unsaved = mock(Issue.class);
        when(unsaved.getId()).thenReturn(null);

        function.execute(Map.of("issue", unsaved), Map.of(), null);
        function.execute(new HashMap<>(), Map.of(), null);
        function.execute(null, Map.of(), null);
        fx.deleteLinkType();
        function.execute(Map.of("issue", fx.action), Map.of(), null);

        assertThat(log.all()).isEmpty();
    }

    @Test
    void theFactoryHasNoSettings() {
        CommitRecordingFactory factory = new CommitRecordingFactory();
        Map<String, Object> params = new HashMap<>();
        factory.getVelocityParamsForInput(params);
        factory.getVelocityParamsForView(params, null);

        assertThat(params).isEmpty();
        assertThat(factory.getDescriptorParams(Map.of("anything", new String[] {"x"}))).isEmpty();
    }

    private void loggedIn(String userKey) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(userKey);
        when(authenticationContext.getLoggedInUser()).thenReturn(user);
    }
}
