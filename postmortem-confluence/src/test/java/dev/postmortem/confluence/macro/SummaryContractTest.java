package dev.postmortem.confluence.macro;

import dev.postmortem.core.summary.SummaryFixtures;
import dev.postmortem.core.summary.SummaryRenderer;
import dev.postmortem.core.summary.SummarySection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract with the Jira app: given the shared summary documents of the core test-jar (what Jira's REST
 * resource sends), the macro shows exactly the HTML of the core's golden files, which is what Jira's panel shows.
 */
class SummaryContractTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"full-v1, en", "full-v1, de", "minimal-v1, en"})
    void rendersTheSharedFixturesAsTheCoresGoldenHtml(String fixture, String language) throws Exception {
        MacroRig rig = new MacroRig().locale(Locale.forLanguageTag(language));
        rig.jiraAnswers(200, SummaryFixtures.json(fixture));

        String html = rig.render("INC-42");

        assertThat(html).contains(golden(fixture + "." + language + ".html"));
    }

    @Test
    void rendersOnlyTheChosenSectionsAsTheCoreDoes() throws Exception {
        MacroRig rig = new MacroRig();
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL));

        String html = rig.render(Map.of("issueKey", "INC-42", "sections", "actions, Impact"), "display");

        String expected = new SummaryRenderer().render(SummaryFixtures.summary(SummaryFixtures.FULL), Locale.ENGLISH,
                ZoneOffset.UTC, EnumSet.of(SummarySection.IMPACT, SummarySection.ACTIONS));
        assertThat(html).contains(expected);
        assertThat(expected).doesNotContain("pm-summary__section--timeline");
    }

    @Test
    void refusesTheDocumentsTheContractRefuses() throws Exception {
        assertThat(new MacroRig().jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.NEWER)).render("INC-42"))
                .contains("Update Postmortem for Confluence").doesNotContain("pm-summary__");
        assertThat(new MacroRig().jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.OLDER)).render("INC-42"))
                .contains("Update Postmortem for Jira").doesNotContain("pm-summary__");
        assertThat(new MacroRig().jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.MALFORMED)).render("INC-42"))
                .contains("The summary from Jira cannot be read").doesNotContain("pm-summary__");
    }

    private static String golden(String file) throws IOException {
        try (InputStream in = SummaryContractTest.class.getClassLoader()
                .getResourceAsStream("fixtures/summary/" + file)) {
            assertThat(in).as("core test-jar golden file %s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
