package dev.postmortem.core.narrative;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativeTextTest {

    @Test
    void everyTextAppearsOnceInAFixedOrderSeparatedByBlankLines() {
        Narrative narrative = new Narrative("Summary.",
                new Impact(Instant.parse("2026-11-24T09:00:00Z"), null, null, "SEV-1", "Impact text."),
                List.of(new TimelineEntry(Instant.parse("2026-11-24T09:01:00Z"), "First.", "JIRAUSER1"),
                        new TimelineEntry(null, "Second.")),
                List.of(new PersonalAccount("JIRAUSER1", "Ada Lovelace", "Commander", "Saw.", "Did.", "Why."),
                        new PersonalAccount("JIRAUSER2", "", "DBA", "", "", "Because.")),
                List.of("Factor one.", "Factor two."),
                "Learned.",
                FailureClass.NOVEL);

        assertThat(NarrativeText.plainText(narrative)).isEqualTo(String.join("\n\n",
                "Summary.", "SEV-1", "Impact text.", "First.", "Second.",
                "Ada Lovelace", "Commander", "Saw.", "Did.", "Why.",
                "JIRAUSER2", "DBA", "Because.",
                "Factor one.", "Factor two.", "Learned."));
    }

    @Test
    void instantsAuthorsAndTheFailureClassAreLeftOut() {
        String text = NarrativeText.plainText(NarrativeFixtures.rich());

        assertThat(text).doesNotContain("2026-11-24T", "CONTROLLABLE");
        assertThat(text).doesNotContain("JIRAUSER10100");
    }

    @Test
    void richFixtureTextContainsNamesRolesAndAllTexts() {
        Narrative rich = NarrativeFixtures.rich();

        String text = NarrativeText.plainText(rich);

        assertThat(text).contains(rich.summary(), rich.impact().description(), rich.whatWeLearned(),
                "Jürgen Öztürk", "Incident commander", "Support lead");
        rich.timeline().forEach(entry -> assertThat(text).contains(entry.text()));
        rich.accounts().forEach(account -> assertThat(text).contains(account.whatTheySawAndKnew(),
                account.whatTheyDid(), account.whyItMadeSense()));
        rich.contributingFactors().forEach(factor -> assertThat(text).contains(factor));
    }

    @Test
    void sameNarrativeGivesTheSameText() {
        assertThat(NarrativeText.plainText(NarrativeFixtures.rich()))
                .isEqualTo(NarrativeText.plainText(NarrativeFixtures.rich()));
    }

    @Test
    void emptyNarrativeGivesEmptyText() {
        assertThat(NarrativeText.plainText(Narrative.empty())).isEmpty();
    }

    @Test
    void emptyValuesLeaveNoBlankParagraphs() {
        Narrative narrative = new Narrative("", null, null,
                List.of(new PersonalAccount("u1", "Ada", "", "", "", "Why.")), List.of(), "Learned.", null);

        assertThat(NarrativeText.plainText(narrative)).isEqualTo("Ada\n\nWhy.\n\nLearned.");
    }
}
