package dev.postmortem.core.narrative;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativeJsonTest {

    @Test
    void writeThenReadGivesAnEqualNarrative() {
        Narrative narrative = NarrativeFixtures.valid();

        assertThat(parsed(NarrativeJson.write(narrative))).isEqualTo(narrative);
    }

    @Test
    void emptyNarrativeRoundTrips() {
        String json = NarrativeJson.write(Narrative.empty());

        assertThat(parsed(json)).isEqualTo(Narrative.empty());
        assertThat(json).contains("\"version\":1").doesNotContain("failureClass").doesNotContain("\"start\"");
    }

    @Test
    void richFixtureReadsWritesAndReadsAgainToTheSameNarrative() {
        Narrative first = parsed(NarrativeFixtures.richJson());
        String written = NarrativeJson.write(first);
        Narrative second = parsed(written);

        assertThat(second).isEqualTo(first);
        assertThat(NarrativeJson.write(second)).isEqualTo(written);
    }

    @Test
    void richFixtureIsReadCompletely() {
        Narrative rich = NarrativeFixtures.rich();

        assertThat(rich.summary()).startsWith("For 47 minutes").contains("\nOrders were not lost");
        assertThat(rich.impact().start()).isEqualTo(Instant.parse("2026-11-24T09:12:00Z"));
        assertThat(rich.impact().end()).isEqualTo(Instant.parse("2026-11-24T09:59:30Z"));
        assertThat(rich.impact().detectedAt()).isEqualTo(Instant.parse("2026-11-24T09:21:15Z"));
        assertThat(rich.impact().severity()).isEqualTo("SEV-2");
        assertThat(rich.timeline()).hasSize(5);
        assertThat(rich.timeline().get(0).author()).contains("JIRAUSER10100");
        assertThat(rich.timeline().get(1).author()).isEmpty();
        assertThat(rich.timeline().get(3).time()).isEqualTo(Instant.parse("2026-11-24T09:34:00Z"));
        assertThat(rich.accounts()).extracting(PersonalAccount::participantDisplayName)
                .containsExactly("Jürgen Öztürk", "Amara Nwosu", "Li Wei");
        assertThat(rich.accounts().get(2).whyItMadeSense()).contains("\nRolling back one change");
        assertThat(rich.contributingFactors()).hasSize(3);
        assertThat(rich.whatWeLearned()).startsWith("Pool sizes");
        assertThat(rich.failureClass()).isEqualTo(FailureClass.CONTROLLABLE);
        assertThat(NarrativeValidator.validate(rich)).isEmpty();
    }

    @Test
    void minimalFixtureHasOnlyASummary() {
        Narrative minimal = parsed(NarrativeFixtures.minimalJson());

        assertThat(minimal).isEqualTo(new Narrative("Checkout returned errors for 5 minutes.",
                null, null, null, null, null, null));
        assertThat(NarrativeValidator.validate(minimal)).isEmpty();
    }

    @Test
    void writeIsCanonicalWithVersionFirstAndAbsentValuesLeftOut() {
        Narrative narrative = new Narrative("S", null,
                List.of(new TimelineEntry(Instant.parse("2026-11-24T09:00:00Z"), "T")), null, null, "", null);

        assertThat(NarrativeJson.write(narrative)).isEqualTo("{\"version\":1,\"summary\":\"S\","
                + "\"impact\":{\"severity\":\"\",\"description\":\"\"},"
                + "\"timeline\":[{\"time\":\"2026-11-24T09:00:00Z\",\"text\":\"T\"}],"
                + "\"accounts\":[],\"contributingFactors\":[],\"whatWeLearned\":\"\"}");
    }

    @Test
    void instantsKeepSubSecondPrecision() {
        Instant precise = Instant.parse("2026-11-24T09:00:00.123456789Z");
        Narrative narrative = new Narrative("", new Impact(precise, null, null, "", ""), null, null, null, "", null);

        assertThat(parsed(NarrativeJson.write(narrative)).impact().start()).isEqualTo(precise);
    }

    @Test
    void instantWithAnOffsetIsReadAsTheSameMoment() {
        Narrative narrative = parsed("{\"impact\":{\"start\":\"2026-03-29T03:30:00+02:00\"}}");

        assertThat(narrative.impact().start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void missingVersionReadsAsVersionOne() {
        assertThat(parsed("{\"summary\":\"S\"}")).isEqualTo(parsed("{\"version\":1,\"summary\":\"S\"}"));
        assertThat(parsed("{\"version\":null,\"summary\":\"S\"}").summary()).isEqualTo("S");
    }

    @Test
    void unknownFieldsAreIgnoredAtEveryLevel() {
        String json = """
                {"version":1,"summary":"S","editorHints":{"collapsed":["timeline"]},"futureFlag":true,
                 "impact":{"severity":"SEV-3","customerCount":12},
                 "timeline":[{"time":"2026-11-24T09:00:00Z","text":"T","mood":"calm"}],
                 "accounts":[{"participantUserKey":"u1","whyItMadeSense":"W","pronouns":"she/her"}]}
                """;

        Narrative narrative = parsed(json);

        assertThat(narrative.summary()).isEqualTo("S");
        assertThat(narrative.impact().severity()).isEqualTo("SEV-3");
        assertThat(narrative.timeline()).containsExactly(
                new TimelineEntry(Instant.parse("2026-11-24T09:00:00Z"), "T"));
        assertThat(narrative.accounts()).containsExactly(new PersonalAccount("u1", "", "", "", "", "W"));
        assertThat(NarrativeJson.write(narrative)).doesNotContain("editorHints", "mood", "pronouns");
    }

    @Test
    void nullValuesReadAsAbsent() {
        Narrative narrative = parsed("""
                {"summary":null,"impact":null,"timeline":null,"accounts":null,"contributingFactors":[null],
                 "whatWeLearned":null,"failureClass":null}
                """);

        assertThat(narrative).isEqualTo(new Narrative("", null, null, null, List.of(""), "", null));
    }

    @Test
    void newerMajorVersionIsAClearError() {
        NarrativeParseResult result = NarrativeJson.parse("{\"version\":2,\"summary\":42}");

        assertThat(result.isParsed()).isFalse();
        assertThat(result.problems()).containsExactly(
                Problem.of("version", NarrativeMessages.JSON_VERSION_UNSUPPORTED, "2", 1));
    }

    @Test
    void hugeVersionIsNewerNotBroken() {
        assertThat(NarrativeJson.parse("{\"version\":123456789012345678901234567890}").problems())
                .containsExactly(Problem.of("version", NarrativeMessages.JSON_VERSION_UNSUPPORTED,
                        "123456789012345678901234567890", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "2.0", "1e3"})
    void numericallyNewerVersionThatIsNotAWholeNumberIsUnsupportedNotInvalid(String version) {
        assertThat(NarrativeJson.parse("{\"version\":" + version + "}").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageKey())
                        .isEqualTo(NarrativeMessages.JSON_VERSION_UNSUPPORTED));
    }

    @Test
    void versionOnePointZeroIsVersionOne() {
        assertThat(NarrativeJson.parse("{\"version\":1.0}").isParsed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.5", "\"1\"", "\"2\"", "true", "[1]"})
    void versionThatIsNotAPositiveWholeNumberIsInvalid(String version) {
        NarrativeParseResult result = NarrativeJson.parse("{\"version\":" + version + "}");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("version");
            assertThat(problem.messageKey()).isEqualTo(NarrativeMessages.JSON_VERSION_INVALID);
            assertThat(problem.args()).containsExactly(version);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void blankInputIsEmpty(String json) {
        assertThat(NarrativeJson.parse(json).problems())
                .containsExactly(Problem.of("", NarrativeMessages.JSON_EMPTY));
        assertThat(NarrativeJson.parse(null).problems())
                .containsExactly(Problem.of("", NarrativeMessages.JSON_EMPTY));
    }

    @Test
    void malformedJsonGivesLineColumnAndPathNotAStackTrace() {
        String json = "{\"version\":1,\n\"accounts\":[{\"participantUserKey\":\"u1\"},\n{\"whyItMadeSense\": oops}]}";

        NarrativeParseResult result = NarrativeJson.parse(json);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo(NarrativeMessages.JSON_MALFORMED);
            assertThat(problem.path()).isEqualTo("accounts[1].whyItMadeSense");
            // Jackson reports where it stopped reading: just after the bad token "oops" (columns 20 to 23).
            assertThat(problem.args()).containsExactly(3, 24);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"summary\":\"S\"", "{\"summary\" \"S\"}", "{'summary':'S'}", "nonsense",
            "{\"summary\":\"S\"} {\"summary\":\"T\"}", "{\"summary\":\"S\",}"})
    void everyKindOfMalformedJsonIsAProblem(String json) {
        assertThat(NarrativeJson.parse(json).problems()).singleElement()
                .extracting(Problem::messageKey).isEqualTo(NarrativeMessages.JSON_MALFORMED);
    }

    @Test
    void duplicateKeysAreRefusedBecauseOneValueWouldBeLost() {
        assertThat(NarrativeJson.parse("{\"summary\":\"first\",\"summary\":\"second\"}").problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.messageKey()).isEqualTo(NarrativeMessages.JSON_MALFORMED);
                    assertThat(problem.path()).isEqualTo("summary");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "42", "null"})
    void rootMustBeAnObject(String json) {
        assertThat(NarrativeJson.parse(json).problems())
                .containsExactly(Problem.of("", NarrativeMessages.JSON_EXPECTED_OBJECT));
    }

    @Test
    void wrongTypesAreAllReportedWithTheirPaths() {
        String json = """
                {"summary":42,"impact":{"start":"yesterday","end":17,"severity":["SEV-1"]},
                 "timeline":[{"time":"2026-11-24T09:00:00Z","text":"ok"},"not an entry",{"text":{"a":1}}],
                 "accounts":{"participantUserKey":"u1"},
                 "contributingFactors":["fine",7],
                 "whatWeLearned":true,
                 "failureClass":"DETECTABLE"}
                """;

        NarrativeParseResult result = NarrativeJson.parse(json);

        assertThat(result.isParsed()).isFalse();
        assertThat(result.problems()).containsExactlyInAnyOrder(
                Problem.of("summary", NarrativeMessages.JSON_EXPECTED_TEXT),
                Problem.of("impact.start", NarrativeMessages.JSON_INVALID_INSTANT, "yesterday"),
                Problem.of("impact.end", NarrativeMessages.JSON_INVALID_INSTANT, "17"),
                Problem.of("impact.severity", NarrativeMessages.JSON_EXPECTED_TEXT),
                Problem.of("timeline[1]", NarrativeMessages.JSON_EXPECTED_OBJECT),
                Problem.of("timeline[2].text", NarrativeMessages.JSON_EXPECTED_TEXT),
                Problem.of("accounts", NarrativeMessages.JSON_EXPECTED_LIST),
                Problem.of("contributingFactors[1]", NarrativeMessages.JSON_EXPECTED_TEXT),
                Problem.of("whatWeLearned", NarrativeMessages.JSON_EXPECTED_TEXT),
                Problem.of("failureClass", NarrativeMessages.JSON_UNKNOWN_FAILURE_CLASS, "DETECTABLE",
                        "CONTROLLABLE, NOVEL, EXTERNAL_DEPENDENCY"));
    }

    @Test
    void impactThatIsNotAnObjectIsAProblem() {
        assertThat(NarrativeJson.parse("{\"impact\":\"bad\"}").problems())
                .containsExactly(Problem.of("impact", NarrativeMessages.JSON_EXPECTED_OBJECT));
    }

    @Test
    void failureClassIsCaseSensitiveAndMustBeText() {
        assertThat(NarrativeJson.parse("{\"failureClass\":\"novel\"}").problems())
                .extracting(Problem::messageKey).containsExactly(NarrativeMessages.JSON_UNKNOWN_FAILURE_CLASS);
        assertThat(NarrativeJson.parse("{\"failureClass\":1}").problems())
                .extracting(Problem::messageKey).containsExactly(NarrativeMessages.JSON_UNKNOWN_FAILURE_CLASS);
        assertThat(parsed("{\"failureClass\":\"EXTERNAL_DEPENDENCY\"}").failureClass())
                .isEqualTo(FailureClass.EXTERNAL_DEPENDENCY);
    }

    @Test
    void longInvalidValueIsShortenedInTheMessageArgument() {
        String value = "x".repeat(500);

        Problem problem = NarrativeJson.parse("{\"impact\":{\"start\":\"" + value + "\"}}").problems().get(0);

        assertThat((String) problem.args().get(0)).hasSize(80).endsWith("\u2026");
    }

    @Test
    void shortenedArgumentNeverSplitsACharacterInTwo() {
        String value = "x".repeat(78) + "\uD83D\uDD25" + "y".repeat(50);

        String shown = (String) NarrativeJson.parse("{\"impact\":{\"end\":\"" + value + "\"}}").problems()
                .get(0).args().get(0);

        assertThat(shown).isEqualTo("x".repeat(78) + "\u2026");
    }

    @Test
    void inputUpToTheInputLimitIsReadAndOneMoreCharIsRefusedUnread() {
        String prefix = "{\"summary\":\"";
        String suffix = "\"}";
        int fill = NarrativeLimits.MAX_INPUT_JSON_CHARS - prefix.length() - suffix.length();
        String atLimit = prefix + "a".repeat(fill) + suffix;
        String overLimit = prefix + "a".repeat(fill + 1) + suffix;

        assertThat(NarrativeJson.parse(atLimit).isParsed()).isTrue();
        assertThat(NarrativeJson.parse(overLimit).problems()).containsExactly(Problem.of("",
                NarrativeMessages.JSON_TOO_LARGE, NarrativeLimits.MAX_INPUT_JSON_CHARS, overLimit.length()));
    }

    @Test
    void deeplyNestedUnknownFieldIsRefusedAsMalformed() {
        String deep = "[".repeat(200) + "]".repeat(200);

        assertThat(NarrativeJson.parse("{\"x\":" + deep + "}").problems()).singleElement()
                .extracting(Problem::messageKey).isEqualTo(NarrativeMessages.JSON_MALFORMED);
    }

    @Test
    void parsedTextIsNormalised() {
        Narrative narrative = parsed("{\"summary\":\"  one\\r\\ntwo\\rthree  \"}");

        assertThat(narrative.summary()).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void specialCharactersSurviveTheRoundTrip() {
        String text = "Quotes \" and \\ backslash, <b>html</b>, \u00fc\u00df, emoji \uD83D\uDD25, tab\tend";
        Narrative narrative = new Narrative(text, null, null, null, List.of(text), text, FailureClass.NOVEL);

        assertThat(parsed(NarrativeJson.write(narrative))).isEqualTo(narrative);
    }

    private static Narrative parsed(String json) {
        NarrativeParseResult result = NarrativeJson.parse(json);
        assertThat(result.problems()).as("problems of %s", json).isEmpty();
        return result.narrative().orElseThrow();
    }
}
