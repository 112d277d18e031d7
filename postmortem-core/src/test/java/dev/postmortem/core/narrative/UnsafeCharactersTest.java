package dev.postmortem.core.narrative;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Control characters, U+0000, noncharacters and lone surrogates are refused in every text field, with its path. */
class UnsafeCharactersTest {

    /** Each text field of the narrative, by its path, and a narrative with {@code text} in it. */
    private static final List<Field> FIELDS = List.of(
            new Field("summary", t -> narrative(t, "", "", "", "", "", "", "", "", "", "")),
            new Field("impact.severity", t -> narrative("", t, "", "", "", "", "", "", "", "", "")),
            new Field("impact.description", t -> narrative("", "", t, "", "", "", "", "", "", "", "")),
            new Field("timeline[0].text", t -> narrative("", "", "", t, "", "", "", "", "", "", "")),
            new Field("timeline[0].authorUserKey", t -> narrative("", "", "", "", t, "", "", "", "", "", "")),
            new Field("accounts[0].participantDisplayName", t -> narrative("", "", "", "", "", t, "", "", "", "", "")),
            new Field("accounts[0].role", t -> narrative("", "", "", "", "", "", t, "", "", "", "")),
            new Field("accounts[0].whatTheySawAndKnew", t -> narrative("", "", "", "", "", "", "", t, "", "", "")),
            new Field("accounts[0].whyItMadeSense", t -> narrative("", "", "", "", "", "", "", "", t, "", "")),
            new Field("contributingFactors[0]", t -> narrative("", "", "", "", "", "", "", "", "", t, "")),
            new Field("whatWeLearned", t -> narrative("", "", "", "", "", "", "", "", "", "", t)));

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009F"})
    void controlCharactersAreRefusedInEveryField(String control) {
        for (Field field : FIELDS) {
            assertThat(NarrativeValidator.validate(field.narrative.apply("a" + control + "b")))
                    .as(field.path).contains(Problem.of(field.path, NarrativeMessages.TEXT_CONTROL_CHARACTER,
                            String.format("U+%04X", (int) control.charAt(0))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uFDD0", "\uFDEF", "\uFFFE", "\uFFFF",
            "\uD83F\uDFFE", "\uDBFF\uDFFF"})
    void noncharactersAndLoneSurrogatesAreRefusedInEveryField(String bad) {
        String code = String.format("U+%04X", bad.codePointAt(0));
        for (Field field : FIELDS) {
            assertThat(NarrativeValidator.validate(field.narrative.apply("a" + bad + "b")))
                    .as(field.path).contains(Problem.of(field.path, NarrativeMessages.TEXT_INVALID_CHARACTER, code));
        }
    }

    @Test
    void aLoneSurrogateAtTheEndAndAReversedPairAreFound() {
        assertThat(UnsafeCharacters.firstUnsafe("ok\uD83D", true)).isEqualTo(2);
        assertThat(UnsafeCharacters.firstUnsafe("\uDD25\uD83D", true)).isZero();
    }

    @Test
    void emojiUmlautsBidiTextTabsAndLineBreaksInFreeTextAreFine() {
        String text = "Zoë 🔥 \u05E9\u05DC\u05D5\u05DD\tline\nnext \uFFFD \uFEFF";

        assertThat(NarrativeValidator.validate(narrative(text, "", "", "", "", "", "", "", "", "", ""))).isEmpty();
        assertThat(UnsafeCharacters.firstUnsafe(text, true)).isEqualTo(-1);
    }

    @Test
    void aLineBreakInASingleLineValueIsAControlCharacter() {
        assertThat(NarrativeValidator.validate(narrative("", "SEV\n2", "", "", "", "", "", "", "", "", "")))
                .contains(Problem.of("impact.severity", NarrativeMessages.TEXT_CONTROL_CHARACTER, "U+000A"));
    }

    @Test
    void aNarrativeWithALoneSurrogateFromJsonIsRefusedBeforeItCanBeStored() {
        Narrative read = NarrativeJson.parse("{\"summary\":\"a\\uD800b\"}").narrative().orElseThrow();

        assertThat(NarrativeValidator.validate(read))
                .containsExactly(Problem.of("summary", NarrativeMessages.TEXT_INVALID_CHARACTER, "U+D800"));
    }

    @Test
    void replacingMakesAnyTextSafeAndKeepsWhatIsFine() {
        assertThat(UnsafeCharacters.replace("a\u0000b\uD800c\uFFFEd\n\te🔥", true)).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\n\te🔥");
        assertThat(UnsafeCharacters.replace("a\nb", false)).isEqualTo("a\uFFFDb");
        String fine = "nothing to replace";
        assertThat(UnsafeCharacters.replace(fine, true)).isSameAs(fine);
    }

    private static Narrative narrative(String summary, String severity, String description, String timelineText,
            String author, String displayName, String role, String saw, String why, String factor, String learned) {
        List<String> factors = new ArrayList<>();
        factors.add(factor.isEmpty() ? "factor" : factor);
        return new Narrative(summary, new Impact(null, null, null, severity, description),
                List.of(new TimelineEntry(java.time.Instant.parse("2026-11-24T09:00:00Z"),
                        timelineText.isEmpty() ? "entry" : timelineText, author)),
                List.of(new PersonalAccount("JIRAUSER1", displayName, role, saw, "", why.isEmpty() ? "why" : why)),
                factors, learned, null);
    }

    private record Field(String path, Function<String, Narrative> narrative) {
    }
}
