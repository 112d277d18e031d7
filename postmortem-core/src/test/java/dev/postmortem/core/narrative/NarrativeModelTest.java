package dev.postmortem.core.narrative;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NarrativeModelTest {

    @Test
    void emptyNarrativeHasNoTextNoEntriesAndNoFailureClass() {
        Narrative empty = Narrative.empty();

        assertThat(empty.summary()).isEmpty();
        assertThat(empty.impact()).isEqualTo(new Impact(null, null, null, null, null));
        assertThat(empty.timeline()).isEmpty();
        assertThat(empty.accounts()).isEmpty();
        assertThat(empty.contributingFactors()).isEmpty();
        assertThat(empty.whatWeLearned()).isEmpty();
        assertThat(empty.decidedFailureClass()).isEmpty();
        assertThat(empty.followUpExpectation()).isEmpty();
        assertThat(empty).isEqualTo(new Narrative(null, null, null, null, null, null, null));
    }

    @Test
    void textIsTrimmedAndLineEndingsBecomeLineFeeds() {
        Narrative narrative = new Narrative("  first\r\nsecond\rthird\n  ", null, null, null,
                List.of("\tfactor one\r\n"), "\r\nlearned\r\n", null);

        assertThat(narrative.summary()).isEqualTo("first\nsecond\nthird");
        assertThat(narrative.contributingFactors()).containsExactly("factor one");
        assertThat(narrative.whatWeLearned()).isEqualTo("learned");
    }

    @Test
    void innerWhitespaceAndLongTextAreKeptAsWritten() {
        String text = "a  b\n\n\tc " + "x".repeat(NarrativeLimits.MAX_TEXT_CHARS + 10);

        Narrative narrative = new Narrative(text, null, null, null, null, null, null);

        assertThat(narrative.summary()).isEqualTo(text.strip()).hasSize(text.length());
    }

    @Test
    void everyTextComponentIsNormalised() {
        PersonalAccount account = new PersonalAccount(" u1 ", " Ada\r\n", " DBA ", " saw\r\n", " did\r", " why ");
        TimelineEntry entry = new TimelineEntry(null, " text\r\n", " u2 ");
        Impact impact = new Impact(null, null, null, " SEV-1 ", " many\r\nusers ");

        assertThat(account).isEqualTo(new PersonalAccount("u1", "Ada", "DBA", "saw", "did", "why"));
        assertThat(entry).isEqualTo(new TimelineEntry(null, "text", "u2"));
        assertThat(entry.author()).contains("u2");
        assertThat(new TimelineEntry(null, "text").author()).isEmpty();
        assertThat(impact.severity()).isEqualTo("SEV-1");
        assertThat(impact.description()).isEqualTo("many\nusers");
    }

    @Test
    void listsAreDefensiveCopiesThatCannotBeChanged() {
        List<String> factors = new ArrayList<>(List.of("one"));
        List<TimelineEntry> timeline = new ArrayList<>();
        Narrative narrative = new Narrative("", null, timeline, null, factors, "", null);

        factors.add("two");
        timeline.add(new TimelineEntry(null, "late"));

        assertThat(narrative.contributingFactors()).containsExactly("one");
        assertThat(narrative.timeline()).isEmpty();
        assertThatThrownBy(() -> narrative.contributingFactors().add("three"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> narrative.accounts().add(NarrativeFixtures.account("u", "U", "why")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullElementsAreRejected() {
        List<String> factors = Arrays.asList("one", null);

        assertThatThrownBy(() -> new Narrative("", null, null, null, factors, "", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contributingFactors");
    }

    @Test
    void followUpExpectationFollowsTheFailureClass() {
        FollowUpExpectation controllable = FollowUpExpectation.of(FailureClass.CONTROLLABLE);
        FollowUpExpectation novel = FollowUpExpectation.of(FailureClass.NOVEL);
        FollowUpExpectation external = FollowUpExpectation.of(FailureClass.EXTERNAL_DEPENDENCY);

        assertThat(controllable.expected())
                .containsExactlyInAnyOrder(ExpectedFollowUp.TECHNICAL_CONTROL, ExpectedFollowUp.DETECTIVE_ALERT);
        assertThat(controllable.actionsOptional()).isFalse();
        assertThat(controllable.actionsChallenged()).isFalse();

        assertThat(novel.expected()).containsExactly(ExpectedFollowUp.LEARNING_SHARED);
        assertThat(novel.actionsOptional()).isTrue();
        assertThat(novel.actionsChallenged()).isTrue();

        assertThat(external.expected())
                .containsExactlyInAnyOrder(ExpectedFollowUp.DETECTION, ExpectedFollowUp.GRACEFUL_DEGRADATION);
        assertThat(external.expects(ExpectedFollowUp.TECHNICAL_CONTROL)).isFalse();
        assertThat(external.actionsOptional()).isFalse();
    }

    @Test
    void narrativeDerivesItsExpectationOnceTheClassIsDecided() {
        Narrative undecided = Narrative.empty();
        Narrative novel = undecided.withFailureClass(FailureClass.NOVEL);

        assertThat(undecided.followUpExpectation()).isEmpty();
        assertThat(novel.followUpExpectation()).contains(FollowUpExpectation.of(FailureClass.NOVEL));
        assertThat(novel.followUpExpectation().orElseThrow().messageKey())
                .isEqualTo(NarrativeMessages.FOLLOW_UP_NOVEL);
    }

    @Test
    void impactDurationsNeedBothEndsInOrder() {
        Instant start = Instant.parse("2026-11-24T09:00:00Z");
        Impact impact = new Impact(start, start.plusSeconds(300), start.plusSeconds(60), "", "");

        assertThat(impact.duration()).contains(Duration.ofMinutes(5));
        assertThat(impact.timeToDetect()).contains(Duration.ofMinutes(1));
        assertThat(new Impact(start, null, null, "", "").duration()).isEmpty();
        assertThat(new Impact(start, start.minusSeconds(1), start.minusSeconds(1), "", "").duration()).isEmpty();
        assertThat(new Impact(start, start.minusSeconds(1), start.minusSeconds(1), "", "").timeToDetect()).isEmpty();
    }

    @Test
    void participantNameFallsBackToTheUserKey() {
        assertThat(new PersonalAccount("JIRAUSER1", "", "", "", "", "").participantName()).isEqualTo("JIRAUSER1");
        assertThat(new PersonalAccount("JIRAUSER1", "Ada", "", "", "", "").participantName()).isEqualTo("Ada");
    }

    @Test
    void problemArgumentsAreCopied() {
        Object[] args = {1, "x"};
        Problem problem = Problem.of("summary", NarrativeMessages.TEXT_TOO_LONG, args);
        args[0] = 2;

        assertThat(problem.args()).containsExactly(1, "x");
    }

    @Test
    void eachParagraphOfWhatWeLearnedIsOneLearning() {
        Narrative narrative = new Narrative(null, null, null, null, null,
                "Pools need headroom.\r\n  \r\nStaging hides\ncluster limits.  \n\n\n\nAlerts need owners.", null);

        assertThat(narrative.learnings())
                .containsExactly("Pools need headroom.", "Staging hides\ncluster limits.", "Alerts need owners.");
        assertThat(Narrative.empty().learnings()).isEmpty();
    }

    @Test
    void parseResultIsEitherANarrativeOrProblems() {
        NarrativeParseResult parsed = NarrativeParseResult.parsed(Narrative.empty());
        NarrativeParseResult rejected = NarrativeParseResult.rejected(
                List.of(Problem.of("", NarrativeMessages.JSON_EMPTY)));

        assertThat(parsed.isParsed()).isTrue();
        assertThat(parsed.problems()).isEmpty();
        assertThat(rejected.isParsed()).isFalse();
        assertThat(rejected.narrative()).isEmpty();
        assertThatThrownBy(() -> NarrativeParseResult.rejected(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
