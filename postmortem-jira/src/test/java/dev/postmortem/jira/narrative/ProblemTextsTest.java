package dev.postmortem.jira.narrative;

import dev.postmortem.core.narrative.Problem;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.UserMessages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTextsTest {

    private final ProblemTexts english = new ProblemTexts(new UserMessages(JiraTexts.english()));
    private final ProblemTexts german = new ProblemTexts(new UserMessages(JiraTexts.in(Locale.GERMAN)));

    @Test
    void pathsAreWrittenInTheEditorsWordsCountingFromOne() {
        assertThat(english.where("accounts[2].whyItMadeSense"))
                .isEqualTo("Personal account 3 \u203a Why it made sense at the time");
        assertThat(english.where("impact.detectedAt")).isEqualTo("Impact \u203a Detected");
        assertThat(english.where("contributingFactors[0]")).isEqualTo("Contributing factor 1");
        assertThat(german.where("timeline[9].text")).isEqualTo("Zeitverlauf-Eintrag 10 \u203a Was dann geschah");
    }

    @Test
    void unknownSegmentsAreShownAsWritten() {
        assertThat(english.where("extra[0].thing")).isEqualTo("extra 1 \u203a thing");
    }

    @Test
    void aProblemReadsAsWhereThenWhat() {
        Problem problem = Problem.of("timeline[1].time", "postmortem.narrative.timeline.time.required", 2);

        assertThat(english.describe(problem)).isEqualTo("Timeline entry 2 \u203a Time: Timeline entry 2 needs a time.");
    }

    @Test
    void aProblemOfTheWholeDocumentHasNoLocation() {
        Problem problem = Problem.of("", "postmortem.narrative.json.tooLarge", 262144, 300000);

        assertThat(english.describe(problem)).startsWith("The narrative is too long: 300,000 characters");
    }
}
