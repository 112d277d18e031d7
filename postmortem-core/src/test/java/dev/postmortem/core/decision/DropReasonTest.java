package dev.postmortem.core.decision;

import dev.postmortem.core.narrative.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DropReasonTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\n\t ", "\u2003\u3000"})
    void aMissingOrBlankReasonIsRequired(String raw) {
        assertThat(DropReason.problems(raw, "reason"))
                .containsExactly(Problem.of("reason", DecisionMessages.REASON_REQUIRED));
    }

    @Test
    void theReasonIsStrippedAndItsLineEndsAreMadeLf() {
        assertThat(new DropReason("  Covered by the new alert.\r\nSee OPS-12.\r ").text())
                .isEqualTo("Covered by the new alert.\nSee OPS-12.");
    }

    @Test
    void aReasonOfExactlyTheLimitIsAcceptedAndOneMoreIsRefusedWithBothLengths() {
        String atLimit = "x".repeat(DropReason.MAX_CHARS);

        assertThat(DropReason.problems("  " + atLimit + "\n", "reason")).isEmpty();
        assertThat(DropReason.problems(atLimit + "y", "decisions[3].reason")).containsExactly(Problem.of(
                "decisions[3].reason", DecisionMessages.REASON_TOO_LONG, DropReason.MAX_CHARS, DropReason.MAX_CHARS + 1));
    }

    @Test
    void aHugePasteIsRefusedForItsLengthWithoutEchoingIt() {
        String huge = "<script>alert(1)</script>\u0000".repeat(40_000);

        List<Problem> problems = DropReason.problems(huge, "reason");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo(DecisionMessages.REASON_TOO_LONG);
            assertThat(problem.args()).containsExactly(DropReason.MAX_CHARS, huge.length());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "a\u000Bb", "a\u000Cb"})
    void controlCharactersAreRefusedNamingTheCharacter(String hostile) {
        List<Problem> problems = DropReason.problems("Not worth it " + hostile, "reason");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo(DecisionMessages.REASON_CONTROL_CHARACTER);
            assertThat((String) problem.args().get(0)).startsWith("U+");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "\uDC00x", "\uFDD0", "\uFFFE", "\uD83F\uDFFF"})
    void noncharactersAndLoneSurrogatesAreRefused(String hostile) {
        assertThat(DropReason.problems("Dropped " + hostile, "reason")).singleElement()
                .extracting(Problem::messageKey).isEqualTo(DecisionMessages.REASON_INVALID_CHARACTER);
    }

    @Test
    void markupIsKeptAsTextForTheRendererToEscape() {
        String markup = "<img src=x onerror=alert(1)> & {0} ${user} #set($x = 1) <!-- -->";

        assertThat(DropReason.problems(markup, "reason")).isEmpty();
        assertThat(new DropReason(markup).text()).isEqualTo(markup);
    }

    @Test
    void tabsLineBreaksAndCharactersOutsideTheBasicPlaneAreAllowed() {
        assertThat(DropReason.problems("Zu teuer:\n\t- 3 Wochen 🙂\n\t- kaum Nutzen", "reason")).isEmpty();
    }

    @Test
    void theConstructorRefusesWhatTheCheckRefusesWithTheMessageKey() {
        assertThatThrownBy(() -> new DropReason(" ")).hasMessage(DecisionMessages.REASON_REQUIRED);
        assertThatThrownBy(() -> new DropReason("a\u0000")).hasMessage(DecisionMessages.REASON_CONTROL_CHARACTER);
    }
}
