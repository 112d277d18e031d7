package dev.postmortem.core.summary;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary names each account's author and says when the postmortem's owner corrected it (issue 15); both new
 * fields are optional in the contract, escaped in the HTML, and a summary without them reads as before.
 */
class SummaryAccountAuthorsTest {

    @Test
    void theOptionalAccountFieldsRoundTripAndOlderOnesReadWithout() throws Exception {
        SummaryAccount corrected = new SummaryAccount("Ana <b>", "On call", "saw", "did", "why", "A <i>runbook</i>",
                "Olli & Co");
        SummaryAccount plain = new SummaryAccount("Bo", "", "saw", "did", "why");
        DebriefSummary summary = SummaryXssTest.Copy.of(SummaryFixtures.summary(SummaryFixtures.FULL)).accounts(List.of(corrected, plain)).build();

        String json = SummaryJson.write(summary);
        DebriefSummary read = SummaryJson.read(json);

        assertThat(read.accounts()).containsExactly(corrected, plain);
        assertThat(json).doesNotContain("\"editedBy\":\"\"");
    }

    @Test
    void theHtmlNamesTheOwnerWhoCorrectedAnAccountEscaped() {
        DebriefSummary summary = SummaryXssTest.Copy.of(SummaryFixtures.summary(SummaryFixtures.FULL)).account(
                new SummaryAccount("Ana", "", "saw", "did", "why", "A <i>runbook</i>", "<script>Olli</script>")).build();

        String html = new SummaryRenderer().render(summary, Locale.ENGLISH, java.util.EnumSet.allOf(SummarySection.class));

        assertThat(html).contains("What would have helped", "A &lt;i&gt;runbook&lt;/i&gt;",
                "Corrected by the postmortem’s owner: <bdi>&lt;script&gt;Olli&lt;/script&gt;</bdi>");
        assertThat(html).doesNotContain("<script>Olli");
    }
}
