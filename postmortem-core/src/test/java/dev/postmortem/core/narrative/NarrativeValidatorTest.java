package dev.postmortem.core.narrative;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static dev.postmortem.core.narrative.NarrativeFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

class NarrativeValidatorTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void emptyNarrativeIsAValidDraft() {
        assertThat(NarrativeValidator.validate(Narrative.empty())).isEmpty();
    }

    @Test
    void completeNarrativeHasNoProblem() {
        assertThat(NarrativeValidator.validate(NarrativeFixtures.valid())).isEmpty();
    }

    @Test
    void accountNeedsItsParticipant() {
        Narrative narrative = withAccounts(account("u1", "Ada", "why"), account("  ", "Bo", "why"));

        assertThat(NarrativeValidator.validate(narrative)).containsExactly(
                Problem.of("accounts[1].participantUserKey", NarrativeMessages.ACCOUNT_PARTICIPANT_REQUIRED, 2));
    }

    @Test
    void accountNeedsWhyItMadeSense() {
        Narrative narrative = withAccounts(account("u1", "Ada", "why"), account("u2", "", " \r\n "));

        assertThat(NarrativeValidator.validate(narrative)).containsExactly(
                Problem.of("accounts[1].whyItMadeSense", NarrativeMessages.ACCOUNT_WHY_REQUIRED, 2, "u2"));
    }

    @Test
    void aParticipantHasOnlyOneAccount() {
        Narrative narrative = withAccounts(account("u1", "Ada", "a"), account("u2", "Bo", "b"),
                account("u1", "Ada L.", "c"));

        assertThat(NarrativeValidator.validate(narrative)).containsExactly(Problem.of(
                "accounts[2].participantUserKey", NarrativeMessages.ACCOUNT_PARTICIPANT_DUPLICATE, 3, "Ada L.", 1));
    }

    @Test
    void timelineEntryNeedsTimeAndText() {
        Narrative narrative = withTimeline(new TimelineEntry(T0, "ok"), new TimelineEntry(null, "no time"),
                new TimelineEntry(T0, "  "), new TimelineEntry(null, null));

        assertThat(NarrativeValidator.validate(narrative)).containsExactly(
                Problem.of("timeline[1].time", NarrativeMessages.TIMELINE_TIME_REQUIRED, 2),
                Problem.of("timeline[2].text", NarrativeMessages.TIMELINE_TEXT_REQUIRED, 3),
                Problem.of("timeline[3].time", NarrativeMessages.TIMELINE_TIME_REQUIRED, 4),
                Problem.of("timeline[3].text", NarrativeMessages.TIMELINE_TEXT_REQUIRED, 4));
    }

    @Test
    void contributingFactorIsNotEmpty() {
        Narrative narrative = withFactors(List.of("real", " "));

        assertThat(NarrativeValidator.validate(narrative)).containsExactly(
                Problem.of("contributingFactors[1]", NarrativeMessages.CONTRIBUTING_FACTOR_EMPTY, 2));
    }

    @Test
    void impactEndBeforeStartIsAProblem() {
        Narrative narrative = withImpact(new Impact(T0, T0.minusSeconds(1), null, "", ""));

        assertThat(NarrativeValidator.validate(narrative)).containsExactly(Problem.of(
                "impact.end", NarrativeMessages.IMPACT_END_BEFORE_START, T0.minusSeconds(1), T0));
    }

    @Test
    void impactDetectedBeforeStartIsAProblem() {
        Narrative narrative = withImpact(new Impact(T0, null, T0.minusSeconds(60), "", ""));

        assertThat(NarrativeValidator.validate(narrative)).containsExactly(Problem.of(
                "impact.detectedAt", NarrativeMessages.IMPACT_DETECTED_BEFORE_START, T0.minusSeconds(60), T0));
    }

    @Test
    void impactInstantsMayBeEqualAbsentOrDetectedAfterTheEnd() {
        assertThat(NarrativeValidator.validate(withImpact(new Impact(T0, T0, T0, "", "")))).isEmpty();
        assertThat(NarrativeValidator.validate(withImpact(new Impact(null, T0, T0.minusSeconds(9), "", ""))))
                .isEmpty();
        assertThat(NarrativeValidator.validate(withImpact(new Impact(T0, T0.plusSeconds(60), T0.plusSeconds(600),
                "", "")))).as("a silent failure found after it ended").isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPath() {
        Narrative narrative = new Narrative(
                "x".repeat(NarrativeLimits.MAX_TEXT_CHARS + 1),
                new Impact(T0, T0.minusSeconds(5), T0.minusSeconds(10), "S".repeat(256), ""),
                List.of(new TimelineEntry(null, "t"), new TimelineEntry(T0, "")),
                List.of(account("u1", "Ada", "ok"), account("", "Bo", ""), account("u3", "Cy", "fine"),
                        account("u1", "Ada", "")),
                List.of(""),
                "bad\u0000char",
                null);

        assertThat(NarrativeValidator.validate(narrative)).containsExactly(
                Problem.of("summary", NarrativeMessages.TEXT_TOO_LONG, NarrativeLimits.MAX_TEXT_CHARS,
                        NarrativeLimits.MAX_TEXT_CHARS + 1),
                Problem.of("impact.end", NarrativeMessages.IMPACT_END_BEFORE_START, T0.minusSeconds(5), T0),
                Problem.of("impact.detectedAt", NarrativeMessages.IMPACT_DETECTED_BEFORE_START,
                        T0.minusSeconds(10), T0),
                Problem.of("impact.severity", NarrativeMessages.TEXT_TOO_LONG, NarrativeLimits.MAX_NAME_CHARS, 256),
                Problem.of("timeline[0].time", NarrativeMessages.TIMELINE_TIME_REQUIRED, 1),
                Problem.of("timeline[1].text", NarrativeMessages.TIMELINE_TEXT_REQUIRED, 2),
                Problem.of("accounts[1].participantUserKey", NarrativeMessages.ACCOUNT_PARTICIPANT_REQUIRED, 2),
                Problem.of("accounts[1].whyItMadeSense", NarrativeMessages.ACCOUNT_WHY_REQUIRED, 2, "Bo"),
                Problem.of("accounts[3].participantUserKey", NarrativeMessages.ACCOUNT_PARTICIPANT_DUPLICATE,
                        4, "Ada", 1),
                Problem.of("accounts[3].whyItMadeSense", NarrativeMessages.ACCOUNT_WHY_REQUIRED, 4, "Ada"),
                Problem.of("contributingFactors[0]", NarrativeMessages.CONTRIBUTING_FACTOR_EMPTY, 1),
                Problem.of("whatWeLearned", NarrativeMessages.TEXT_CONTROL_CHARACTER, "U+0000"));
    }

    @Test
    void freeTextAtTheLimitPassesAndOneMoreCharFails() {
        String atLimit = "a".repeat(NarrativeLimits.MAX_TEXT_CHARS);

        assertThat(NarrativeValidator.validate(withSummary(atLimit))).isEmpty();
        assertThat(NarrativeValidator.validate(withSummary(atLimit + "b"))).containsExactly(Problem.of("summary",
                NarrativeMessages.TEXT_TOO_LONG, NarrativeLimits.MAX_TEXT_CHARS, NarrativeLimits.MAX_TEXT_CHARS + 1));
    }

    @Test
    void everyFreeTextIsLimited() {
        String tooLong = "a".repeat(NarrativeLimits.MAX_TEXT_CHARS + 1);
        Narrative narrative = new Narrative("", new Impact(null, null, null, "", tooLong),
                List.of(new TimelineEntry(T0, tooLong)),
                List.of(new PersonalAccount("u1", "", "", tooLong, tooLong, tooLong)),
                List.of(tooLong), tooLong, null);

        assertThat(NarrativeValidator.validate(narrative)).extracting(Problem::path).containsExactly(
                "impact.description", "timeline[0].text", "accounts[0].whatTheySawAndKnew",
                "accounts[0].whatTheyDid", "accounts[0].whyItMadeSense", "contributingFactors[0]", "whatWeLearned");
        assertThat(NarrativeValidator.validate(narrative)).extracting(Problem::messageKey)
                .containsOnly(NarrativeMessages.TEXT_TOO_LONG);
    }

    @Test
    void namesAtTheLimitPassAndOneMoreCharFails() {
        String atLimit = "n".repeat(NarrativeLimits.MAX_NAME_CHARS);
        String over = atLimit + "n";
        Narrative ok = new Narrative("", new Impact(null, null, null, atLimit, ""),
                List.of(new TimelineEntry(T0, "t", atLimit)),
                List.of(new PersonalAccount(atLimit, atLimit, atLimit, "", "", "why")), null, "", null);
        Narrative tooLong = new Narrative("", new Impact(null, null, null, over, ""),
                List.of(new TimelineEntry(T0, "t", over)),
                List.of(new PersonalAccount(over, over, over, "", "", "why")), null, "", null);

        assertThat(NarrativeValidator.validate(ok)).isEmpty();
        assertThat(NarrativeValidator.validate(tooLong)).extracting(Problem::path).containsExactly(
                "impact.severity", "timeline[0].authorUserKey", "accounts[0].participantUserKey",
                "accounts[0].participantDisplayName", "accounts[0].role");
        assertThat(NarrativeValidator.validate(tooLong)).allSatisfy(problem -> assertThat(problem.args())
                .containsExactly(NarrativeLimits.MAX_NAME_CHARS, NarrativeLimits.MAX_NAME_CHARS + 1));
    }

    @Test
    void limitsCountNormalisedText() {
        String padded = "  \r\n" + "a\r\n".repeat(NarrativeLimits.MAX_TEXT_CHARS / 2 - 1) + "a  ";

        Narrative narrative = withSummary(padded);

        assertThat(padded.length()).isGreaterThan(NarrativeLimits.MAX_TEXT_CHARS);
        assertThat(narrative.summary()).hasSize(NarrativeLimits.MAX_TEXT_CHARS - 1);
        assertThat(NarrativeValidator.validate(narrative)).isEmpty();
    }

    @Test
    void overLimitTextIsReportedNotCut() {
        String tooLong = "a".repeat(NarrativeLimits.MAX_TEXT_CHARS + 100);
        Narrative narrative = withSummary(tooLong);

        NarrativeValidator.validate(narrative);

        assertThat(narrative.summary()).isEqualTo(tooLong);
        assertThat(NarrativeJson.parse(NarrativeJson.write(narrative)).narrative().orElseThrow().summary())
                .isEqualTo(tooLong);
    }

    @Test
    void accountsAtTheLimitPassAndOneMoreFails() {
        List<PersonalAccount> accounts = IntStream.range(0, NarrativeLimits.MAX_ACCOUNTS)
                .mapToObj(i -> account("u" + i, "P" + i, "why"))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));

        assertThat(NarrativeValidator.validate(withAccounts(accounts.toArray(PersonalAccount[]::new)))).isEmpty();
        accounts.add(account("extra", "X", "why"));
        assertThat(NarrativeValidator.validate(withAccounts(accounts.toArray(PersonalAccount[]::new))))
                .containsExactly(Problem.of("accounts", NarrativeMessages.ACCOUNTS_TOO_MANY,
                        NarrativeLimits.MAX_ACCOUNTS, NarrativeLimits.MAX_ACCOUNTS + 1));
    }

    @Test
    void timelineAtTheLimitPassesAndOneMoreFails() {
        List<TimelineEntry> entries = new ArrayList<>(
                Collections.nCopies(NarrativeLimits.MAX_TIMELINE_ENTRIES, new TimelineEntry(T0, "tick")));

        assertThat(NarrativeValidator.validate(withTimeline(entries.toArray(TimelineEntry[]::new)))).isEmpty();
        entries.add(new TimelineEntry(T0, "one more"));
        assertThat(NarrativeValidator.validate(withTimeline(entries.toArray(TimelineEntry[]::new))))
                .containsExactly(Problem.of("timeline", NarrativeMessages.TIMELINE_TOO_MANY,
                        NarrativeLimits.MAX_TIMELINE_ENTRIES, NarrativeLimits.MAX_TIMELINE_ENTRIES + 1));
    }

    @Test
    void contributingFactorsAtTheLimitPassAndOneMoreFails() {
        List<String> factors = new ArrayList<>(Collections.nCopies(NarrativeLimits.MAX_CONTRIBUTING_FACTORS, "f"));

        assertThat(NarrativeValidator.validate(withFactors(factors))).isEmpty();
        factors.add("g");
        assertThat(NarrativeValidator.validate(withFactors(factors))).containsExactly(Problem.of(
                "contributingFactors", NarrativeMessages.CONTRIBUTING_FACTORS_TOO_MANY,
                NarrativeLimits.MAX_CONTRIBUTING_FACTORS, NarrativeLimits.MAX_CONTRIBUTING_FACTORS + 1));
    }

    @Test
    void writtenJsonAtTheLimitPassesAndOneMoreCharFails() {
        Narrative atLimit = withJsonLength(NarrativeLimits.MAX_JSON_CHARS);
        Narrative overLimit = withJsonLength(NarrativeLimits.MAX_JSON_CHARS + 1);

        assertThat(NarrativeJson.write(atLimit)).hasSize(NarrativeLimits.MAX_JSON_CHARS);
        assertThat(NarrativeValidator.validate(atLimit)).isEmpty();
        assertThat(NarrativeValidator.validate(overLimit)).containsExactly(Problem.of("",
                NarrativeMessages.JSON_TOO_LARGE, NarrativeLimits.MAX_JSON_CHARS, NarrativeLimits.MAX_JSON_CHARS + 1));
    }

    @Test
    void controlCharactersAreProblemsButLineBreaksAndTabsAreFineInFreeText() {
        assertThat(NarrativeValidator.validate(withSummary("line one\n\tline two"))).isEmpty();
        assertThat(NarrativeValidator.validate(withSummary("bell\u0007 and null\u0000")))
                .containsExactly(Problem.of("summary", NarrativeMessages.TEXT_CONTROL_CHARACTER, "U+0007"));
        assertThat(NarrativeValidator.validate(withAccounts(
                new PersonalAccount("u1", "Ada", "on\ncall", "", "", "why"))))
                .containsExactly(Problem.of("accounts[0].role", NarrativeMessages.TEXT_CONTROL_CHARACTER, "U+000A"));
    }

    @Test
    void validationReturnsAnUnmodifiableList() {
        List<Problem> problems = NarrativeValidator.validate(withSummary("\u0000"));

        assertThat(problems).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(problems::clear)
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** Thirteen full factors plus one sized so that the written JSON has exactly {@code length} chars. */
    private static Narrative withJsonLength(int length) {
        List<String> factors = new ArrayList<>(Collections.nCopies(13, "a".repeat(NarrativeLimits.MAX_TEXT_CHARS)));
        factors.add("b");
        int base = NarrativeJson.write(withFactors(factors)).length();
        factors.set(13, "b".repeat(1 + length - base));
        return withFactors(factors);
    }

    private static Narrative withSummary(String summary) {
        return new Narrative(summary, null, null, null, null, "", null);
    }

    private static Narrative withImpact(Impact impact) {
        return new Narrative("", impact, null, null, null, "", null);
    }

    private static Narrative withAccounts(PersonalAccount... accounts) {
        return new Narrative("", null, null, List.of(accounts), null, "", null);
    }

    private static Narrative withTimeline(TimelineEntry... entries) {
        return new Narrative("", null, List.of(entries), null, null, "", null);
    }

    private static Narrative withFactors(List<String> factors) {
        return new Narrative("", null, null, null, factors, "", null);
    }
}
