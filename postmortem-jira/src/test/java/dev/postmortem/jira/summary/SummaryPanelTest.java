package dev.postmortem.jira.summary;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import dev.postmortem.jira.process.ProcessPanel;
import dev.postmortem.jira.process.ProcessPanelRow;
import dev.postmortem.jira.process.ProcessPanelView;
import dev.postmortem.jira.process.ProcessViewFixture;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SummaryPanelTest {

    private final PostmortemScenario jira = new PostmortemScenario();
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private final ProcessViewFixture process = ProcessViewFixture.english();
    private ProcessPanel processPanel;
    private SummaryPanelContextProvider provider;

    @BeforeEach
    void setUp() {
        when(locales.getLocale()).thenReturn(Locale.ENGLISH);
        when(timeZones.getUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        processPanel = new ProcessPanel(process.processes, jira.issueManager, process.texts,
                Clock.fixed(PostmortemScenario.NOW, ZoneOffset.UTC), jira.decidableActions, jira.decisionSettings);
        provider = new SummaryPanelContextProvider(jira.assembler, jira.access, locales, timeZones, processPanel);
    }

    private String panelFor(MutableIssue issue) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        return (String) provider.getContextMap(context).get("summaryHtml");
    }

    @Test
    void showsTheActionStatesWithoutRepeatingTheIssueOrTheProcess() {
        String html = panelFor(jira.inc42());

        assertThat(html).contains("ACT-1").contains("ACT-2").contains("ACT-3").contains("ACT-4");
        assertThat(html).contains("Staging shares a cluster with other teams");
        assertThat(html).contains("aui-message aui-message-info pm-proportionality")
                .contains("2 actions for 48 minutes of impact.");
        // The issue view shows the title, key and status; the Process part shows the debrief and the soak.
        assertThat(html).contains("pm-summary--issue").doesNotContain("<h2", "pm-summary__title",
                "pm-summary__issue", "Debrief held", "pm-summary__section--soak");
        // Sections the panel does not show are left out.
        assertThat(html).doesNotContain("Staging has the same pool limits");
    }

    @Test
    void valuesAreEscapedByTheCoreSoTheUnescapedInsertIsSafe() {
        MutableIssue postmortem = jira.inc42();
        MutableIssue evil = jira.issue(666L, "ACT-666", "<script>alert('x')</script><img src=x onerror=alert(1)>",
                jira.taskType, "<b>Open</b>", "new", null);
        jira.visible(evil, true);
        jira.linkActions(postmortem, evil);

        String html = panelFor(postmortem);

        assertThat(html).contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;b&gt;Open&lt;/b&gt;");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
    }

    @Test
    void hiddenActionsDoNotAppearInThePanel() {
        MutableIssue postmortem = jira.inc42();
        jira.visible((MutableIssue) jira.issueManager.getIssueObject("ACT-4"), false);

        String html = panelFor(postmortem);

        assertThat(html).contains("ACT-3").doesNotContain("ACT-4").doesNotContain("Document rollback");
    }

    private ProcessPanelView processFor(MutableIssue issue) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        return (ProcessPanelView) provider.getContextMap(context).get(SummaryPanelContextProvider.PROCESS_KEY);
    }

    @Test
    void theProcessPartSaysWhileTheSoakRunsUntilTheEndTheSummaryShows() {
        MutableIssue postmortem = jira.inc42();
        process.record(ProcessEventType.DEBRIEF_HELD, 42L, Instant.parse("2026-11-20T14:00:00Z"), "JIRAUSER10100");

        ProcessPanelView view = processFor(postmortem);

        // The summary's soak ends 2026-11-24 14:00 UTC (3:00 PM in Berlin); nothing committed yet. While the soak
        // runs, the decision rows say only what became of the actions so far (by their states in Jira).
        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).containsExactly(
                "Debrief held: 20/Nov/26 3:00 PM",
                "Soak time: Soaking until 24/Nov/26 3:00 PM",
                "First action committed: None since the debrief",
                "Commits: 0",
                "Soak overrides: 0",
                "Proposed actions: 4 (2 committed or done, 1 dropped, 1 undecided)");
    }

    @Test
    void theProcessPartCountsAndNamesOnlyActionsTheViewerMayBrowse() {
        MutableIssue postmortem = jira.inc42();
        MutableIssue act4 = (MutableIssue) jira.issueManager.getIssueObject("ACT-4");
        when(jira.issueManager.getIssueObject(104L)).thenReturn(act4);
        process.user("JIRAUSER10100", "Jürgen Weiß");
        process.override(104L, 42L, "Rollback docs needed before the freeze", "JIRAUSER10100",
                Instant.parse("2026-11-21T09:00:00Z"));

        process.record(ProcessEventType.DEBRIEF_HELD, 42L, Instant.parse("2026-11-20T14:00:00Z"), "JIRAUSER10100");
        process.commit(42L, 104L, Instant.parse("2026-11-21T10:00:00Z"), "JIRAUSER10100");

        assertThat(processFor(postmortem).getRows()).extracting(ProcessPanelRow::toString)
                .contains("Latest override: 21/Nov/26 10:00 AM by Jürgen Weiß on ACT-4: Rollback docs needed"
                        + " before the freeze", "Commits: 1", "Soak overrides: 1")
                .anyMatch(row -> row.startsWith("First action committed: 21/Nov/26 11:00 AM"));

        jira.visible(act4, false);

        // ACT-4 is hidden from this viewer: like the summary above, the process part does not count it either.
        assertThat(processFor(postmortem).getRows()).extracting(ProcessPanelRow::toString)
                .contains("First action committed: None since the debrief", "Commits: 0", "Soak overrides: 0")
                .noneMatch(row -> row.contains("Rollback docs") || row.contains("ACT-4"));
    }

    @Test
    void oneViewLooksUpAndBrowseChecksEachDistinctActionOnceAcrossTheSummaryAndTheProcessPart() {
        MutableIssue postmortem = jira.inc42();
        List<MutableIssue> linked = new ArrayList<>();
        for (long id = 101; id <= 104; id++) {
            MutableIssue action = (MutableIssue) jira.issueManager.getIssueObject("ACT-" + (id - 100));
            // As Jira answers a lookup by id.
            when(jira.issueManager.getIssueObject(id)).thenReturn(action);
            linked.add(action);
        }
        MutableIssue act4 = linked.get(3);
        jira.visible(act4, false);
        // Committed, then unlinked: only the recorded process knows it.
        MutableIssue unlinked = jira.issue(105L, "ACT-5", "Retired action", jira.taskType, "Offen", "new", null);
        when(jira.issueManager.getIssueObject(105L)).thenReturn(unlinked);
        jira.visible(unlinked, true);
        process.record(ProcessEventType.DEBRIEF_HELD, 42L, Instant.parse("2026-11-20T14:00:00Z"), "JIRAUSER10100");
        process.commit(42L, 101L, Instant.parse("2026-11-21T10:00:00Z"), "JIRAUSER10100");
        process.commit(42L, 101L, Instant.parse("2026-11-21T11:00:00Z"), "JIRAUSER10100");
        process.commit(42L, 102L, Instant.parse("2026-11-21T12:00:00Z"), "JIRAUSER10100");
        process.commit(42L, 104L, Instant.parse("2026-11-21T13:00:00Z"), "JIRAUSER10100");
        process.commit(42L, 105L, Instant.parse("2026-11-21T14:00:00Z"), "JIRAUSER10100");
        process.override(102L, 42L, "Visible hotfix", "JIRAUSER10100", Instant.parse("2026-11-21T08:00:00Z"));
        process.override(104L, 42L, "Hidden hotfix", "JIRAUSER10100", Instant.parse("2026-11-21T09:00:00Z"));
        // The action links; the incident link (INC-41) is read by the summary's "postmortem of" line.
        List<IssueLink> links = jira.issueLinkManager.getOutwardLinks(42L).stream()
                .filter(link -> link.getLinkTypeId() == PostmortemScenario.LINK_TYPE_ID).toList();
        clearInvocations(jira.issueManager, jira.permissionManager, jira.issueLinkManager);

        Map<String, Object> context = new HashMap<>();
        context.put("issue", postmortem);
        Map<String, Object> view = provider.getContextMap(context);

        assertThat((String) view.get("summaryHtml")).contains("ACT-1").contains("ACT-3").doesNotContain("ACT-4");
        // ACT-1 twice, ACT-2 and ACT-5; ACT-4 is hidden in both parts, so is its override.
        assertThat(((ProcessPanelView) view.get(SummaryPanelContextProvider.PROCESS_KEY)).getRows())
                .extracting(ProcessPanelRow::toString).contains("Commits: 4", "Soak overrides: 1")
                .noneMatch(row -> row.contains("ACT-4") || row.contains("Hidden hotfix"));
        // The panel is on every postmortem view: the summary's linked actions are in hand (one link destination
        // each) and decided once; the process part reuses that answer and looks up only the unlinked ACT-5.
        for (IssueLink link : links) {
            verify(link, times(1)).getDestinationObject();
        }
        for (MutableIssue action : linked) {
            verify(jira.issueManager, never()).getIssueObject(action.getId());
            verify(jira.permissionManager, times(1))
                    .hasPermission(ProjectPermissions.BROWSE_PROJECTS, action, jira.caller);
        }
        verify(jira.issueManager, times(1)).getIssueObject(105L);
        verify(jira.permissionManager, times(1))
                .hasPermission(ProjectPermissions.BROWSE_PROJECTS, unlinked, jira.caller);
    }

    @Test
    void theConditionShowsThePanelOnPostmortemsOnly() {
        PostmortemIssueCondition condition = new PostmortemIssueCondition(jira.access);
        MutableIssue task = jira.issue(300L, "OPS-3", "A task", jira.taskType, "Offen", "new", null);

        assertThat(condition.shouldDisplay(Map.of("issue", jira.inc7()))).isTrue();
        assertThat(condition.shouldDisplay(Map.of("issue", task))).isFalse();
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
    }
}
