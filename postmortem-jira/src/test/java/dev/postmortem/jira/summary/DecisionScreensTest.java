package dev.postmortem.jira.summary;

import com.atlassian.jira.issue.MutableIssue;
import dev.postmortem.jira.process.ProcessViewFixture;
import dev.postmortem.jira.screens.Screens;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The postmortem panel after the decision at the soak's end (issue 13): actions dropped after the soak listed apart
 * with their reasons, and the decision rows of the Process part, in English and German, written to target/screens.
 * The summary and the Process part read one process log, as in Jira.
 */
class DecisionScreensTest {

    private static final Instant DEBRIEF = Instant.parse("2026-11-20T14:00:00Z");
    private static final Instant SOAK_END = Instant.parse("2026-11-21T14:00:00Z");
    private static final long PROJECT = 10000L;

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void decidedPanel(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ProcessViewFixture process = new ProcessViewFixture(locale);
        PostmortemScenario jira = new PostmortemScenario(process.events);
        process.user("JIRAUSER10100", "Jürgen Weiß");
        MutableIssue postmortem = jira.inc42();
        List<MutableIssue> actions = new java.util.ArrayList<>();
        for (String key : List.of("ACT-1", "ACT-2", "ACT-3", "ACT-4")) {
            actions.add((MutableIssue) jira.issueManager.getIssueObject(key));
        }
        MutableIssue dropped = jira.issue(105L, "ACT-5", "Rewrite the payment service's connection pool",
                jira.taskType, "Geschlossen", "done", "Won't Do");
        jira.visible(dropped, true);
        actions.add(dropped);
        jira.linkActions(postmortem, actions.toArray(MutableIssue[]::new));
        process.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        process.record(ProcessEventType.SOAK_ENDED, 42L, SOAK_END, null);
        process.commit(42L, 102L, SOAK_END.plusSeconds(3 * 3600), "JIRAUSER10100");
        process.commit(42L, 104L, SOAK_END.plusSeconds(26 * 3600), "JIRAUSER10100");
        jira.events.append(dev.postmortem.jira.storage.ProcessEvent.actionDropped(42L, PROJECT,
                SOAK_END.plusSeconds(5 * 3600), "JIRAUSER10100", 105L,
                "The pool-size check in the config linter covers the risk; a rewrite costs a quarter for little gain."));

        String html = jira.panelHtml(locale, postmortem, process);

        assertThat(html).contains("pm-actions--dropped", "ACT-5").doesNotContain("$process", "$summaryHtml");
        assertThat(html).contains(language.equals("de") ? "Nach der Karenzzeit verworfen" : "Dropped after the soak");
        Screens.write("summary-decided", locale, Screens.Place.MAIN, html, "css/core/summary.css");
    }
}
