package dev.postmortem.confluence.macro;

import dev.postmortem.core.summary.SummaryFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every thing the macro can show on a page (the live summary, an earlier copy while Jira is down, each message),
 * rendered by the real macro for a reader in English and German and written to
 * {@code target/screens/<state>.<language>.html} for the screenshot and accessibility run of the build
 * (postmortem-jira/src/test/js/screens.js, integration-test phase).
 */
class MacroScreensTest {

    private static final int PAGE_WIDTH = 760;

    private static void write(String state, Locale locale, String html) {
        Path file = Path.of("target", "screens", state + "." + locale.getLanguage() + ".html");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "<!-- screen {\"width\": " + PAGE_WIDTH + ", \"place\": \"page\", "
                    + "\"resources\": [\"css/core/summary.css\"]} -->\n" + html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void macroStates(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> states = new LinkedHashMap<>();
        states.put("macro-summary-full", new MacroRig().locale(locale)
                .jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL)).render("INC-42"));
        states.put("macro-summary-empty", new MacroRig().locale(locale)
                .jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.MINIMAL)).render("INC-7"));
        MacroRig down = new MacroRig().locale(locale).jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL));
        down.render("INC-42");
        down.clock.advance(Duration.ofMinutes(5));
        down.jiraTimesOut();
        states.put("macro-earlier-copy", down.render("INC-42"));
        states.put("macro-jira-down", new MacroRig().locale(locale).jiraTimesOut().render("INC-42"));
        states.put("macro-not-found", new MacroRig().locale(locale).jiraAnswers(404, "").render("INC-42"));
        states.put("macro-authorise", new MacroRig().locale(locale).viewerHasNotAuthorised().render("INC-42"));
        states.put("macro-log-in", new MacroRig().locale(locale).viewer(null).viewerHasNotAuthorised()
                .render("INC-42"));
        states.put("macro-invalid-parameters", new MacroRig().locale(locale)
                .render(Map.of("issueKey", "INC 42", "sections", "impact,blame"), "display"));
        MacroRig noLink = new MacroRig().locale(locale);
        org.mockito.Mockito.when(noLink.linkService.getPrimaryApplicationLink(
                com.atlassian.applinks.api.application.jira.JiraApplicationType.class)).thenReturn(null);
        states.put("macro-no-jira-link", noLink.render("INC-42"));

        states.forEach((state, html) -> {
            assertThat(html).isNotBlank().doesNotContain("$");
            write(state, locale, html);
        });
    }
}
