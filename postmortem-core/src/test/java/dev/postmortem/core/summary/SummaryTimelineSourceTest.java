package dev.postmortem.core.summary;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Each timeline row's source in the summary: recorded by Jira on the incident, or written by a person. */
class SummaryTimelineSourceTest {

    private static final Instant T = Instant.parse("2026-11-24T09:00:00Z");

    private final DebriefSummary full = SummaryFixtures.summary(SummaryFixtures.FULL);

    private DebriefSummary withTimeline(List<SummaryTimelineEntry> timeline) {
        return new DebriefSummary(full.contractVersion(), full.issueKey(), full.title(), full.statusName(),
                full.issueUrl(), full.debriefHeldAt(), full.soakEndsAt(), full.failureClass(),
                full.followUpExpectationKey(), full.whatHappened(), full.impact(), timeline, full.accounts(),
                full.contributingFactors(), full.learnings(), full.actions(), full.proportionality(),
                full.generatedAt());
    }

    private final List<SummaryTimelineEntry> rows = new ArrayList<>(List.of(
            new SummaryTimelineEntry(T, "Status: Open → In Progress", "Ada Assignee", "INC-1"),
            new SummaryTimelineEntry(T.plusSeconds(60), "We paged the database team", "Wanda Writer")));

    @Test
    void theSourceRoundTripsThroughTheContract() throws Exception {
        DebriefSummary summary = withTimeline(rows);

        String json = SummaryJson.write(summary);

        assertThat(json).contains("\"recordedOn\":\"INC-1\"");
        assertThat(SummaryJson.read(json).timeline()).isEqualTo(summary.timeline());
    }

    @Test
    void aContractWithoutSourcesReadsAsWrittenByPeople() throws Exception {
        DebriefSummary older = SummaryJson.read(SummaryFixtures.json(SummaryFixtures.FULL));

        assertThat(older.timeline()).isNotEmpty().allSatisfy(entry -> assertThat(entry.recordedOn()).isNull());
    }

    @Test
    void aRecordedRowLinksTheIncidentAndAWrittenRowNamesItsWriter() {
        String html = new SummaryRenderer().render(withTimeline(rows), Locale.ENGLISH,
                EnumSet.of(SummarySection.TIMELINE));

        assertThat(html).contains("Recorded by Jira on <a href=\"")
                .containsPattern("href=\"[^\"]*/browse/INC-1\"><bdi>INC-1</bdi></a> · <bdi>Ada Assignee</bdi>")
                .contains("Written by <bdi>Wanda Writer</bdi>");
    }

    @Test
    void inGermanToo() {
        String html = new SummaryRenderer().render(withTimeline(rows), Locale.GERMAN,
                EnumSet.of(SummarySection.TIMELINE));

        assertThat(html).contains("Von Jira aufgezeichnet in").contains("Geschrieben von <bdi>Wanda Writer</bdi>");
    }

    @Test
    void aSourceThatIsNoIssueKeyIsNotLinked() {
        String html = new SummaryRenderer().render(withTimeline(List.of(
                new SummaryTimelineEntry(T, "x", null, "javascript:alert(1)"))), Locale.ENGLISH,
                EnumSet.of(SummarySection.TIMELINE));

        assertThat(html).contains("<bdi>javascript:alert(1)</bdi>").doesNotContain("href=\"javascript");
    }
}
