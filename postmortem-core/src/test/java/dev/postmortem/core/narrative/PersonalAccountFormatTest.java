package dev.postmortem.core.narrative;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional account fields of format version 1 (what would have helped, who saved it and when) and the accounts
 * awaited from their participants: older narratives read without loss, newer ones round-trip.
 */
class PersonalAccountFormatTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    /** Stored by the app before the fourth prompt existed. */
    private static final String OLDER = "{\"version\":1,\"summary\":\"DNS failed over late.\",\"impact\":{\"severity\":\"\",\"description\":\"\"},"
            + "\"timeline\":[],\"accounts\":[{\"participantUserKey\":\"JIRAUSER1\",\"participantDisplayName\":\"Ana\","
            + "\"role\":\"On call\",\"whatTheySawAndKnew\":\"A green dashboard.\",\"whatTheyDid\":\"Waited.\","
            + "\"whyItMadeSense\":\"The runbook said so.\"}],\"contributingFactors\":[],\"whatWeLearned\":\"\"}";

    @Test
    void anOlderNarrativeReadsWithoutLossAndKeepsItsCanonicalForm() {
        Narrative narrative = NarrativeJson.parse(OLDER).narrative().orElseThrow();

        PersonalAccount account = narrative.accounts().get(0);
        assertThat(account.whyItMadeSense()).isEqualTo("The runbook said so.");
        assertThat(account.whatWouldHaveHelped()).isEmpty();
        assertThat(account.lastEditedByUserKey()).isEmpty();
        assertThat(account.lastEditedAt()).isNull();
        assertThat(NarrativeJson.write(narrative)).isEqualTo(OLDER);
    }

    @Test
    void theNewFieldsRoundTrip() {
        PersonalAccount account = new PersonalAccount("JIRAUSER1", "Ana", "On call", "saw", "did", "why",
                "A second pair of eyes.", "JIRAUSER9", AT);
        Narrative narrative = Narrative.empty().withAccount(account);

        String json = NarrativeJson.write(narrative);
        Narrative read = NarrativeJson.parse(json).narrative().orElseThrow();

        assertThat(read.accounts()).containsExactly(account);
        assertThat(json).contains("\"whatWouldHaveHelped\":\"A second pair of eyes.\"",
                "\"lastEditedBy\":\"JIRAUSER9\"", "\"lastEditedAt\":\"2026-11-25T10:00:00Z\"");
        assertThat(NarrativeJson.write(read)).isEqualTo(json);
        assertThat(NarrativeText.plainText(read)).contains("A second pair of eyes.");
    }

    @Test
    void aWrongTypeInANewFieldIsAProblemWithItsPath() {
        String json = OLDER.replace("\"whyItMadeSense\":", "\"lastEditedAt\":\"yesterday\",\"whyItMadeSense\":");

        assertThat(NarrativeJson.parse(json).problems()).extracting(Problem::path)
                .containsExactly("accounts[0].lastEditedAt");
    }

    @Test
    void anAwaitedAccountIsValidAndNotCountedAsWritten() {
        Narrative narrative = Narrative.empty()
                .withAccount(PersonalAccount.awaited("JIRAUSER1", "Ana"))
                .withAccount(new PersonalAccount("JIRAUSER2", "Bo", "", "saw", "", "why"));

        assertThat(NarrativeValidator.validate(narrative)).isEmpty();
        assertThat(narrative.writtenAccounts()).isEqualTo(1);
        assertThat(narrative.accounts()).hasSize(2);
    }

    @Test
    void aWrittenAccountStillNeedsWhyItMadeSense() {
        Narrative narrative = Narrative.empty().withAccount(new PersonalAccount("JIRAUSER1", "Ana", "", "", "", "",
                "More alerts.", "JIRAUSER1", AT));

        assertThat(NarrativeValidator.validate(narrative)).containsExactly(Problem.of("accounts[0].whyItMadeSense",
                NarrativeMessages.ACCOUNT_WHY_REQUIRED, 1, "Ana"));
    }

    @Test
    void savingOneAccountKeepsEveryOtherAndItsPlace() {
        PersonalAccount ana = PersonalAccount.awaited("JIRAUSER1", "Ana");
        PersonalAccount bo = new PersonalAccount("JIRAUSER2", "Bo", "", "saw", "did", "why");
        Narrative narrative = new Narrative("s", null, List.of(), List.of(ana, bo), List.of("f"), "learned", null);

        PersonalAccount written = ana.answeredBy("", "On call", "saw", "did", "why", "helped", "JIRAUSER1", AT);
        Narrative saved = narrative.withAccount(written);

        assertThat(saved.accounts()).containsExactly(written, bo);
        assertThat(saved.summary()).isEqualTo("s");
        assertThat(saved.contributingFactors()).containsExactly("f");
        assertThat(written.participantDisplayName()).isEqualTo("Ana");
        assertThat(written.isLastEditedByOther()).isFalse();
        assertThat(ana.answeredBy("", null, "a", "b", "c", "", "JIRAUSER9", AT).isLastEditedByOther()).isTrue();
    }
}
