package dev.postmortem.jira.summary;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.NarrativeJson;
import dev.postmortem.core.narrative.TimelineEntry;
import dev.postmortem.core.narrative.TimelineSource;
import dev.postmortem.core.summary.DebriefSummary;
import dev.postmortem.core.summary.SummaryAction;
import dev.postmortem.core.summary.SummaryFixtures;
import dev.postmortem.core.summary.SummaryJson;
import dev.postmortem.core.summary.SummaryTimelineEntry;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Contract tests: what {@code GET /summary/{issueKey}} answers for a mocked postmortem reads with the core's
 * {@link SummaryJson} and equals the shared fixtures the Confluence macro is tested against.
 */
class SummaryResourceTest {

    private final PostmortemScenario jira = new PostmortemScenario();
    private final SummaryResource resource = jira.summaryResource();

    private static DebriefSummary read(Response response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        return SummaryJson.read((String) response.getEntity());
    }

    @Test
    void theFullPostmortemMatchesTheSharedFullFixture() throws Exception {
        jira.inc42();

        DebriefSummary summary = read(jira.rest.call(() -> resource.summary("INC-42")));

        assertThat(summary).isEqualTo(SummaryFixtures.summary(SummaryFixtures.FULL));
    }

    @Test
    void aTimelineRowRecordedByJiraNamesTheIssueItWasRecordedOn() throws Exception {
        MutableIssue issue = jira.inc42();
        Narrative full = PostmortemScenario.fullNarrative();
        List<TimelineEntry> timeline = new java.util.ArrayList<>(full.timeline());
        TimelineEntry first = timeline.get(0);
        timeline.set(0, new TimelineEntry(first.time(), first.text(), first.authorUserKey(),
                TimelineSource.jira("INC-1", "comment:10020")));
        when(issue.getCustomFieldValue(jira.narrativeField)).thenReturn(NarrativeJson.write(new Narrative(full.summary(),
                full.impact(), timeline, full.accounts(), full.contributingFactors(), full.whatWeLearned(),
                full.failureClass())));

        DebriefSummary summary = read(jira.rest.call(() -> resource.summary("INC-42")));

        assertThat(summary.timeline()).extracting(SummaryTimelineEntry::recordedOn)
                .containsExactly("INC-1", null, null, null);
    }

    @Test
    void anEmptyPostmortemMatchesTheSharedMinimalFixture() throws Exception {
        jira.inc7();

        DebriefSummary summary = read(jira.rest.call(() -> resource.summary("INC-7")));

        assertThat(summary).isEqualTo(SummaryFixtures.summary(SummaryFixtures.MINIMAL));
    }

    @Test
    void actionsTheCallerCannotBrowseAreOmittedAndNotCounted() throws Exception {
        MutableIssue postmortem = jira.inc42();
        MutableIssue secret = jira.issue(105L, "SEC-9", "Rotate the leaked key", jira.taskType, "Offen", "new", null);
        jira.visible(secret, false);
        MutableIssue act1 = (MutableIssue) jira.issueManager.getIssueObject("ACT-1");
        jira.visible(act1, false);
        jira.linkActions(postmortem, act1, secret,
                (MutableIssue) jira.issueManager.getIssueObject("ACT-2"));

        Response response = jira.rest.call(() -> resource.summary("INC-42"));
        DebriefSummary summary = read(response);

        assertThat(summary.actions()).extracting(SummaryAction::issueKey).containsExactly("ACT-2");
        assertThat((String) response.getEntity()).doesNotContain("SEC-9").doesNotContain("Rotate the leaked key")
                .doesNotContain("ACT-1");
        // Only the visible action counts: one committed, nothing proposed.
        assertThat(summary.proportionality().proposedCount()).isZero();
        assertThat(summary.proportionality().committedCount()).isEqualTo(1);
        assertThat(summary.proportionality().messageArgs()).first().isEqualTo("1");
        assertThat(summary.proportionality().messageKey()).isEqualTo("postmortem.actions.proportionality.ok");
    }

    @Test
    void linksOfOtherTypesAreNotActions() throws Exception {
        MutableIssue postmortem = jira.inc42();
        MutableIssue related = jira.issue(106L, "OPS-1", "Related outage", jira.taskType, "Offen", "new", null);
        jira.visible(related, true);
        IssueLink relates = mock(IssueLink.class);
        when(relates.getLinkTypeId()).thenReturn(10000L);
        when(relates.getDestinationObject()).thenReturn(related);
        var links = new ArrayList<>(jira.issueLinkManager.getOutwardLinks(postmortem.getId()));
        links.add(relates);
        when(jira.issueLinkManager.getOutwardLinks(postmortem.getId())).thenReturn(links);

        DebriefSummary summary = read(jira.rest.call(() -> resource.summary("INC-42")));

        assertThat(summary.actions()).extracting(SummaryAction::issueKey)
                .containsExactly("ACT-1", "ACT-2", "ACT-3", "ACT-4");
        assertThat(summary.actions()).extracting(SummaryAction::state).containsExactly(ActionState.PROPOSED,
                ActionState.COMMITTED, ActionState.NOT_DOING, ActionState.DONE);
    }

    @Test
    void anUnknownKeyAndAnInvisibleKeyGetTheSameAnswer() throws Exception {
        MutableIssue hidden = jira.inc7();
        jira.visible(hidden, false);

        Response invisible = jira.rest.call(() -> resource.summary("INC-7"));
        Response unknown = jira.rest.call(() -> resource.summary("INC-404"));

        assertThat(invisible.getStatus()).isEqualTo(404);
        assertThat(unknown.getStatus()).isEqualTo(404);
        JsonNode invisibleBody = new ObjectMapper().readTree((String) invisible.getEntity());
        JsonNode unknownBody = new ObjectMapper().readTree((String) unknown.getEntity());
        assertThat(invisibleBody.at("/errors/0/key").asText()).isEqualTo(unknownBody.at("/errors/0/key").asText())
                .isEqualTo("postmortem.jira.rest.issue.notFound");
        assertThat(invisibleBody.at("/errors/0/message").asText())
                .isEqualTo("There is no issue INC-7, or you do not have permission to see it.");
        assertThat(unknownBody.at("/errors/0/message").asText())
                .isEqualTo("There is no issue INC-404, or you do not have permission to see it.");
        assertThat((String) invisible.getEntity()).doesNotContain("Search slow");
    }

    @Test
    void anIssueThatIsNotAPostmortemIsNotSummarised() throws Exception {
        MutableIssue task = jira.issue(201L, "OPS-2", "A task", jira.taskType, "Offen", "new", null);
        jira.visible(task, true);

        Response response = jira.rest.call(() -> resource.summary("OPS-2"));

        assertThat(response.getStatus()).isEqualTo(404);
        JsonNode body = new ObjectMapper().readTree((String) response.getEntity());
        assertThat(body.get("status").asInt()).isEqualTo(404);
        assertThat(body.at("/errors/0/message").asText()).isEqualTo("OPS-2 is not a postmortem.");
    }

    @Test
    void theSummaryIsNeverCached() {
        jira.inc7();

        Response response = jira.rest.call(() -> resource.summary("INC-7"));

        assertThat(response.getHeaderString("Cache-Control")).contains("no-store").contains("private");
    }
}
