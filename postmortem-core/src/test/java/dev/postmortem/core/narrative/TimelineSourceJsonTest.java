package dev.postmortem.core.narrative;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline entry's optional {@code source}, added within format version 1. */
class TimelineSourceJsonTest {

    private static final Instant T = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void anEntryWithASourceRoundTrips() {
        Narrative narrative = withTimeline(
                new TimelineEntry(T, "Status: Open → In Progress", "JIRAUSER1",
                        TimelineSource.jira("INC-1", "history:10301")),
                new TimelineEntry(T.plusSeconds(60), "We paged the database team", "JIRAUSER2"));

        String json = NarrativeJson.write(narrative);

        assertThat(json).contains("\"source\":{\"kind\":\"jira\",\"issueKey\":\"INC-1\",\"ref\":\"history:10301\"}");
        assertThat(parsed(json)).isEqualTo(narrative);
        assertThat(NarrativeJson.write(parsed(json))).isEqualTo(json);
    }

    @Test
    void anEntryWithoutASourceIsWrittenWithoutOneAndReadsAsWrittenByAPerson() {
        Narrative narrative = withTimeline(new TimelineEntry(T, "We paged the database team", "JIRAUSER2"));

        String json = NarrativeJson.write(narrative);

        assertThat(json).doesNotContain("source");
        TimelineEntry entry = parsed(json).timeline().get(0);
        assertThat(entry.recordedBy()).isEmpty();
        assertThat(entry).isEqualTo(new TimelineEntry(T, "We paged the database team", "JIRAUSER2"));
    }

    @Test
    void aNarrativeWrittenBeforeSourcesExistedReadsWithoutLoss() {
        String older = """
                {"version":1,"summary":"S","impact":{"start":"2026-11-24T09:00:00Z"},
                 "timeline":[{"time":"2026-11-24T09:00:00Z","text":"T","authorUserKey":"JIRAUSER1"}],
                 "accounts":[],"contributingFactors":[],"whatWeLearned":""}""";

        Narrative narrative = parsed(older);

        assertThat(narrative.timeline()).containsExactly(new TimelineEntry(T, "T", "JIRAUSER1"));
        assertThat(parsed(NarrativeJson.write(narrative))).isEqualTo(narrative);
    }

    @Test
    void aSourceOfAKindThisAppDoesNotKnowIsKept() {
        String json = """
                {"timeline":[{"time":"2026-11-24T09:00:00Z","text":"T",
                  "source":{"kind":"statuspage","issueKey":"INC-1","ref":"x","extra":1}}]}""";

        TimelineEntry entry = parsed(json).timeline().get(0);

        assertThat(entry.source()).isEqualTo(new TimelineSource("statuspage", "INC-1", "x"));
    }

    @Test
    void aSourceOfTheWrongTypeIsAProblemAtItsPath() {
        NarrativeParseResult result = NarrativeJson.parse("""
                {"timeline":[{"time":"2026-11-24T09:00:00Z","text":"T","source":"jira"},
                             {"time":"2026-11-24T09:00:00Z","text":"T","source":{"issueKey":7}}]}""");

        assertThat(result.problems()).containsExactly(
                Problem.of("timeline[0].source", NarrativeMessages.JSON_EXPECTED_OBJECT),
                Problem.of("timeline[1].source.issueKey", NarrativeMessages.JSON_EXPECTED_TEXT));
    }

    @Test
    void aNullSourceIsWrittenByAPerson() {
        TimelineEntry entry = parsed("""
                {"timeline":[{"time":"2026-11-24T09:00:00Z","text":"T","source":null}]}""").timeline().get(0);

        assertThat(entry.recordedBy()).isEmpty();
    }

    @Test
    void anOverlongRefIsAValidationProblem() {
        Narrative narrative = withTimeline(new TimelineEntry(T, "T", "",
                TimelineSource.jira("INC-1", "x".repeat(NarrativeLimits.MAX_NAME_CHARS + 1))));

        assertThat(NarrativeValidator.validate(narrative)).extracting(Problem::path)
                .containsExactly("timeline[0].source.ref");
    }

    @Test
    void aCommentRefNamesItsComment() {
        assertThat(TimelineSource.jira("INC-1", TimelineSource.commentRef(10020)).commentId()).isEqualTo("10020");
        assertThat(TimelineSource.jira("INC-1", "history:1").commentId()).isEmpty();
    }

    private static Narrative withTimeline(TimelineEntry... entries) {
        return new Narrative("S", Impact.empty(), List.of(entries), List.of(), List.of(), "", null);
    }

    private static Narrative parsed(String json) {
        NarrativeParseResult result = NarrativeJson.parse(json);
        assertThat(result.problems()).isEmpty();
        return result.narrative().orElseThrow();
    }
}
