package dev.postmortem.confluence.macro;

import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.summary.DebriefSummary;
import dev.postmortem.core.summary.SummaryAction;
import dev.postmortem.core.summary.SummaryFixtures;
import dev.postmortem.core.summary.SummaryJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The macro with actions dropped at the decision after the soak (issue 13): a Jira app that records them sends
 * {@code droppedAfterSoakAt} with each such action; an older Jira app does not, and its answer renders as before.
 */
class MacroDroppedActionsTest {

    /** The full fixture plus ACT-5, dropped after the soak with a reason full of markup. */
    static String answerWithADroppedAction() {
        DebriefSummary full = SummaryFixtures.summary(SummaryFixtures.FULL);
        List<SummaryAction> actions = new ArrayList<>(full.actions());
        actions.add(new SummaryAction("ACT-5", "Rewrite the connection pool", ActionState.NOT_DOING, "Closed",
                "The linter check covers it; <img src=x onerror=alert(1)> is not worth a rewrite.",
                Instant.parse("2026-11-24T16:30:00Z")));
        return SummaryJson.write(SummaryFixtures.withActions(full, actions));
    }

    @Test
    void anAnswerWithDroppedActionsListsThemApartWithTheirEscapedReason() throws Exception {
        String html = new MacroRig().locale(Locale.ENGLISH).jiraAnswers(200, answerWithADroppedAction())
                .render("INC-42");

        String dropped = html.substring(html.indexOf("pm-actions--dropped"));
        assertThat(html).contains("Dropped after the soak");
        assertThat(dropped).contains("ACT-5", "Rewrite the connection pool", "Reason:",
                "&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
        assertThat(html.substring(0, html.indexOf("pm-actions--dropped"))).contains("ACT-3", "Why not:")
                .doesNotContain("ACT-5");
    }

    @Test
    void anAnswerOfAnOlderJiraAppWithoutTheFieldRendersAsBefore() throws Exception {
        String older = SummaryFixtures.json(SummaryFixtures.FULL);
        String html = new MacroRig().locale(Locale.ENGLISH).jiraAnswers(200, older).render("INC-42");

        assertThat(older).doesNotContain("droppedAfterSoakAt");
        assertThat(html).contains("ACT-3", "Why not:", "Staging shares a cluster")
                .doesNotContain("pm-actions--dropped", "Dropped after the soak");
    }

    @Test
    void inGerman() throws Exception {
        String html = new MacroRig().locale(Locale.GERMAN).jiraAnswers(200, answerWithADroppedAction())
                .render("INC-42");

        assertThat(html).contains("Nach der Karenzzeit verworfen", "Begründung:", ">Verworfen</span>", "am <time");
    }

    /** The screen state for the screenshot and accessibility run, beside MacroScreensTest's. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void screen(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        String html = new MacroRig().locale(locale).jiraAnswers(200, answerWithADroppedAction()).render("INC-42");
        Path file = Path.of("target", "screens", "macro-summary-dropped." + locale.getLanguage() + ".html");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "<!-- screen {\"width\": 760, \"place\": \"page\", "
                    + "\"resources\": [\"css/core/summary.css\"]} -->\n" + html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(html).doesNotContain("$");
    }
}
