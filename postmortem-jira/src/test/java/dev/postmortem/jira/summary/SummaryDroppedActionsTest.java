package dev.postmortem.jira.summary;

import com.atlassian.jira.issue.MutableIssue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.summary.DebriefSummary;
import dev.postmortem.core.summary.SummaryAction;
import dev.postmortem.core.summary.SummaryJson;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The summary (REST, read by the Confluence macro) with actions dropped at the decision after the soak (issue 13):
 * the reason recorded with the drop, shown only with its action, so only to callers who may browse it.
 */
class SummaryDroppedActionsTest {

    private static final long PROJECT = 10000L;
    private static final Instant DEBRIEF = Instant.parse("2026-11-20T14:00:00Z");
    private static final Instant SOAK_END = Instant.parse("2026-11-21T14:00:00Z");
    private static final String STAGING_COMMENT =
            "Staging shares a cluster with other teams; the linter check covers the risk.";

    private final PostmortemScenario jira = new PostmortemScenario();

    private void soakEnded() {
        jira.events.append(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 42L, PROJECT, DEBRIEF, "alice"));
        jira.events.append(new ProcessEvent(ProcessEventType.SOAK_ENDED, 42L, PROJECT, SOAK_END, null));
    }

    private void drop(long actionId, Instant at, String reason) {
        jira.events.append(ProcessEvent.actionDropped(42L, PROJECT, at, "JIRAUSER10100", actionId, reason));
    }

    private static JsonNode actions(Response response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return new ObjectMapper().readTree((String) response.getEntity()).path("actions");
    }

    @Test
    void anActionDroppedAfterTheSoakCarriesTheRecordedReasonAndWhenItWasDropped() throws Exception {
        jira.inc42();
        soakEnded();
        drop(103L, SOAK_END.plusSeconds(7200), "Covered by the linter check <script>x</script>");

        JsonNode actions = actions(jira.rest.call(() -> jira.summaryResource().summary("INC-42")));

        JsonNode act3 = actions.get(2);
        assertThat(act3.path("issueKey").asText()).isEqualTo("ACT-3");
        assertThat(act3.path("state").asText()).isEqualTo("NOT_DOING");
        assertThat(act3.path("notDoingReason").asText()).isEqualTo("Covered by the linter check <script>x</script>");
        assertThat(act3.path("droppedAfterSoakAt").asText()).isEqualTo("2026-11-21T16:00:00Z");
        // Only "not doing" actions carry the new field: the JSON of the others is as before.
        assertThat(actions.get(0).has("droppedAfterSoakAt")).isFalse();
        assertThat(actions.get(3).has("droppedAfterSoakAt")).isFalse();
    }

    @Test
    void aNotDoingActionWithoutARecordedDropKeepsItsLatestVisibleCommentAsTheReason() {
        jira.inc42();
        soakEnded();

        SummaryAction act3 = jira.assembler.summarise(jira.inc42(), jira.caller).actions().get(2);

        assertThat(act3.notDoingReason()).isEqualTo(STAGING_COMMENT);
        assertThat(act3.droppedAfterSoak()).isFalse();
    }

    @Test
    void aDropRecordedBeforeTheSoakEndedGivesItsReasonButIsNotADropAfterTheSoak() {
        jira.events.append(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 42L, PROJECT, DEBRIEF, "alice"));
        drop(103L, DEBRIEF.plusSeconds(60), "Duplicate of INFRA-7");

        SummaryAction act3 = jira.assembler.summarise(jira.inc42(), jira.caller).actions().get(2);

        assertThat(act3.notDoingReason()).isEqualTo("Duplicate of INFRA-7");
        assertThat(act3.droppedAfterSoak()).isFalse();
    }

    @Test
    void aDroppedActionReopenedSinceIsWhatItIsNow() {
        MutableIssue postmortem = jira.inc42();
        soakEnded();
        drop(101L, SOAK_END.plusSeconds(60), "Not worth it");

        // ACT-1 is proposed again in Jira: no reason, not dropped.
        SummaryAction act1 = jira.assembler.summarise(postmortem, jira.caller).actions().get(0);

        assertThat(act1.state()).isEqualTo(ActionState.PROPOSED);
        assertThat(act1.notDoingReason()).isNull();
        assertThat(act1.droppedAfterSoak()).isFalse();
    }

    @Test
    void theReasonIsShownOnlyToCallersWhoMayBrowseTheAction() throws Exception {
        jira.inc42();
        soakEnded();
        drop(103L, SOAK_END.plusSeconds(7200), "Security finding in SEC-1 makes this moot");
        MutableIssue act3 = (MutableIssue) jira.issueManager.getIssueObject("ACT-3");
        jira.visible(act3, false);

        Response response = jira.rest.call(() -> jira.summaryResource().summary("INC-42"));

        assertThat(actions(response)).extracting(JsonNode::toString).noneMatch(a -> a.contains("ACT-3"));
        assertThat((String) response.getEntity()).doesNotContain("Security finding", "droppedAfterSoakAt");
    }

    @Test
    void whenTheLogCannotBeReadTheSummaryStillShowsWithTodaysReasons() throws Exception {
        ProcessEventLog broken = mock(ProcessEventLog.class);
        when(broken.forIssuesInRecordOrder(anyCollection())).thenThrow(new IllegalStateException("database down"));
        PostmortemScenario failing = new PostmortemScenario(broken);
        failing.inc42();

        DebriefSummary summary = SummaryJson.read((String) failing.rest
                .call(() -> failing.summaryResource().summary("INC-42")).getEntity());

        assertThat(summary.actions()).hasSize(4);
        assertThat(summary.actions().get(2).notDoingReason()).isEqualTo(STAGING_COMMENT);
    }
}
