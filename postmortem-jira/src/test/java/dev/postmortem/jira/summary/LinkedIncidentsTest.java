package dev.postmortem.jira.summary;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import dev.postmortem.core.summary.DebriefSummary;
import dev.postmortem.core.summary.SummaryJson;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.setup.Lookups;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The incidents the summary names: linked "is postmortem of" from the postmortem, and browsable by the caller. */
class LinkedIncidentsTest {

    private final PostmortemScenario jira = new PostmortemScenario();

    @Test
    void namesTheVisibleIncidentAndNeitherNamesNorCountsAHiddenOne() {
        MutableIssue postmortem = jira.inc42();
        MutableIssue visible = jira.issueManager.getIssueObject("INC-41");
        MutableIssue hidden = jira.issue(43L, "SEC-3", "Credential leak", jira.taskType, "Open", "new", null);
        jira.visible(hidden, false);
        jira.linkIncidents(postmortem, hidden, visible);

        DebriefSummary summary = jira.assembler.summarise(postmortem, jira.caller);

        assertThat(summary.incidentKeys()).containsExactly("INC-41");
        assertThat(summary.omitted().incidents()).isZero();
        assertThat(SummaryJson.write(summary)).doesNotContain("SEC-3").contains("\"incidents\":[\"INC-41\"]");
    }

    @Test
    void thePanelsBrowseCheckDecidesForIncidentsToo() {
        MutableIssue postmortem = jira.inc42();

        DebriefSummary summary = jira.assembler.summarise(postmortem, jira.caller,
                issue -> !issue.getKey().equals("INC-41"));

        assertThat(summary.incidentKeys()).isEmpty();
        assertThat(summary.actions()).hasSize(4);
    }

    @Test
    void actionsAreNoIncidentsAndIncidentsNoActions() {
        DebriefSummary summary = jira.assembler.summarise(jira.inc42(), jira.caller);

        assertThat(summary.incidentKeys()).containsExactly("INC-41");
        assertThat(summary.actions()).extracting(a -> a.issueKey()).doesNotContain("INC-41");
    }

    @Test
    void anIncidentLinkedTwiceIsNamedOnce() {
        MutableIssue postmortem = jira.inc42();
        MutableIssue incident = jira.issueManager.getIssueObject("INC-41");
        jira.linkIncidents(postmortem, incident, incident);

        assertThat(jira.assembler.summarise(postmortem, jira.caller).incidentKeys()).containsExactly("INC-41");
    }

    @Test
    void withoutTheIncidentLinkTypeNoneIsNamed() {
        MutableIssue postmortem = jira.inc42();
        LinkedIncidents withoutType = new LinkedIncidents(jira.issueLinkManager,
                Lookups.of(jira.issueTypes, mock(IssueLinkTypeManager.class), jira.customFieldManager,
                        new SetupTexts(JiraTexts.english())),
                jira.permissionManager);

        assertThat(withoutType.of(postmortem, jira.caller)).isEqualTo(List.of());
    }
}
