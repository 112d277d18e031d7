package dev.postmortem.confluence.macro;

import dev.postmortem.core.summary.SummaryFixtures;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The macro's "Postmortem of" line (issue 15): a Jira app that names the incidents sends {@code incidents}; an older
 * Jira app does not, and its answer renders as before.
 */
class MacroIncidentsTest {

    private static final String FULL = SummaryFixtures.json(SummaryFixtures.FULL);

    @Test
    void namesTheIncidentsLinkedToJira() throws Exception {
        String answer = FULL.replace("[\"INC-41\"]", "[\"INC-41\", \"OPS-7\"]");

        String html = new MacroRig().locale(Locale.ENGLISH).jiraAnswers(200, answer).render("INC-42");

        assertThat(html).contains("<dt>Postmortem of</dt>\n<dd><a class=\"pm-summary__incident\" "
                + "href=\"https://jira.example.com/browse/INC-41\"><bdi>INC-41</bdi></a>, "
                + "<a class=\"pm-summary__incident\" href=\"https://jira.example.com/browse/OPS-7\"><bdi>OPS-7</bdi></a>"
                + "</dd>");
    }

    @Test
    void aHostileKeyIsTextNotMarkup() throws Exception {
        String answer = FULL.replace("[\"INC-41\"]", "[\"<img src=x onerror=alert(1)>\"]");

        String html = new MacroRig().locale(Locale.ENGLISH).jiraAnswers(200, answer).render("INC-42");

        assertThat(html).doesNotContain("<img").contains("<dd><bdi>&lt;img src=x onerror=alert(1)&gt;</bdi></dd>");
    }

    @Test
    void anAnswerOfAnOlderJiraAppWithoutTheFieldRendersAsBefore() throws Exception {
        String older = FULL.replace(",\n  \"incidents\": [\"INC-41\"]", "");
        String html = new MacroRig().locale(Locale.ENGLISH).jiraAnswers(200, older).render("INC-42");

        assertThat(older).doesNotContain("incidents");
        assertThat(html).contains("Checkout-Ausfall", "ACT-3").doesNotContain("Postmortem of", "INC-41");
    }

    @Test
    void moreThanTheLimitEndsInAndNMore() throws Exception {
        String answer = FULL.replace("[\"INC-41\"]", "[\"INC-41\"], \"omitted\": {\"incidents\": 4}");

        String html = new MacroRig().locale(Locale.GERMAN).jiraAnswers(200, answer).render("INC-42");

        assertThat(html).contains("<dt>Postmortem zu</dt>").contains("<bdi>INC-41</bdi></a> und 4 weitere</dd>");
    }
}
