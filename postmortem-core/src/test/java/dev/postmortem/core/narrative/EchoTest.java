package dev.postmortem.core.narrative;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Error messages echo what was sent, but never a pasted novel. */
class EchoTest {

    private static final String HUGE = "x".repeat(1_000_000);

    @Test
    void shortValuesAreEchoedAsWritten() {
        assertThat(Echo.of("SEV-2")).isEqualTo("SEV-2");
        assertThat(Echo.of("y".repeat(80))).hasSize(80).doesNotContain("\u2026");
    }

    @Test
    void longValuesAreCutWithAVisibleEllipsisAtACharacterBoundary() {
        assertThat(Echo.of(HUGE)).isEqualTo("x".repeat(79) + "\u2026");
        assertThat(Echo.of("x".repeat(78) + "\uD83D\uDD25" + "z".repeat(10))).isEqualTo("x".repeat(78) + "\u2026");
    }

    @Test
    void aHugeVersionTextIsNotEchoedWhole() {
        List<Problem> problems = NarrativeJson.parse("{\"version\":\"" + HUGE.substring(0, 900_000) + "\"}").problems();

        assertThat(problems).singleElement().satisfies(p -> assertShortArgs(p.args()));
    }

    @Test
    void aHugeNumericVersionIsNotEchoedWhole() {
        List<Problem> problems = NarrativeJson.parse("{\"version\":" + "9".repeat(900) + "}").problems();

        assertThat(problems).singleElement().satisfies(p -> assertShortArgs(p.args()));
    }

    @Test
    void aParticipantNameInAValidationMessageIsCut() {
        PersonalAccount account = new PersonalAccount("JIRAUSER1", HUGE, "", "saw", "", "");
        Narrative narrative = new Narrative("", null, List.of(), List.of(account, account), List.of(), "", null);

        List<Problem> problems = NarrativeValidator.validate(narrative);

        assertThat(problems).extracting(Problem::messageKey).contains(NarrativeMessages.ACCOUNT_PARTICIPANT_DUPLICATE,
                NarrativeMessages.ACCOUNT_WHY_REQUIRED);
        problems.forEach(p -> assertShortArgs(p.args()));
    }

    @Test
    void aProblemNeverCarriesALongTextArgument() {
        assertThat(Problem.of("summary", "key", HUGE, 42).args()).containsExactly(Echo.of(HUGE), 42);
    }

    static void assertShortArgs(List<Object> args) {
        for (Object arg : args) {
            assertThat(String.valueOf(arg)).hasSizeLessThanOrEqualTo(Echo.MAX_CHARS);
        }
    }
}
