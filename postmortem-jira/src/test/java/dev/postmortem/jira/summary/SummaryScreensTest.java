package dev.postmortem.jira.summary;

import com.atlassian.jira.issue.MutableIssue;
import dev.postmortem.core.narrative.FailureClass;
import dev.postmortem.core.narrative.Impact;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.NarrativeJson;
import dev.postmortem.jira.process.ProcessViewFixture;
import dev.postmortem.jira.screens.Screens;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/**
 * The postmortem panel on the issue view (the core's summary and the recorded process) for a full postmortem, an
 * empty one and one whose action list is heavy for its impact, in English and German, written to target/screens.
 */
class SummaryScreensTest {

    private static final String[] RESOURCES = {"css/core/summary.css"};

    private final PostmortemScenario jira = new PostmortemScenario();

    /** A five-minute SEV4 blip with eight proposed actions: heavy for the incident. */
    private MutableIssue heavy() {
        MutableIssue issue = jira.issue(51L, "INC-51", "Login page slow for five minutes", jira.postmortemType,
                "In Review", "indeterminate", null);
        when(issue.getProjectId()).thenReturn(10000L);
        Narrative narrative = new Narrative("The login page answered slowly for five minutes during a cache warm-up.",
                new Impact(Instant.parse("2026-11-19T09:12:00Z"), Instant.parse("2026-11-19T09:17:00Z"), null, "SEV4",
                        "Some logins took up to eight seconds."),
                List.of(), List.of(), List.of(), "", FailureClass.NOVEL);
        when(issue.getCustomFieldValue(jira.narrativeField)).thenReturn(NarrativeJson.write(narrative));
        when(issue.getCustomFieldValue(jira.debriefField))
                .thenReturn(Timestamp.from(Instant.parse("2026-11-20T14:00:00Z")));
        jira.visible(issue, true);
        String[] summaries = {"Add a cache warm-up dashboard", "Page on login latency above 2 s",
            "Load-test the login page weekly", "Write a cache warm-up runbook", "Split the session cache",
            "Review cache TTLs", "Add synthetic login checks", "Train on-call on cache warm-ups"};
        List<MutableIssue> actions = new ArrayList<>();
        for (int i = 0; i < summaries.length; i++) {
            MutableIssue action = jira.issue(300L + i, "ACT-" + (11 + i), summaries[i], jira.taskType, "Open", "new",
                    null);
            jira.visible(action, true);
            actions.add(action);
        }
        jira.linkActions(issue, actions.toArray(MutableIssue[]::new));
        return issue;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void summaryPanelStates(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ProcessViewFixture full = new ProcessViewFixture(locale);
        full.record(ProcessEventType.DEBRIEF_HELD, 42L, Instant.parse("2026-11-20T14:00:00Z"), "JIRAUSER10100");
        String fullHtml = jira.panelHtml(locale, jira.inc42(), full);
        String emptyHtml = jira.panelHtml(locale, jira.inc7(), new ProcessViewFixture(locale));
        String heavyHtml = jira.panelHtml(locale, heavy(), new ProcessViewFixture(locale));

        assertThat(fullHtml).contains("ACT-1").doesNotContain("$process");
        assertThat(heavyHtml).contains("ACT-18", "aui-message aui-message-warning pm-proportionality--heavy");
        assertThat(fullHtml).contains("aui-message aui-message-info pm-proportionality").doesNotContain("<h2");
        Screens.write("summary-full", locale, Screens.Place.MAIN, fullHtml, RESOURCES);
        Screens.write("summary-empty", locale, Screens.Place.MAIN, emptyHtml, RESOURCES);
        Screens.write("summary-heavy", locale, Screens.Place.MAIN, heavyHtml, RESOURCES);
    }
}
