package dev.postmortem.core.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The "postmortem of" line: the incidents a postmortem is of, in the contract, its JSON and the rendered summary. */
class SummaryIncidentsTest {

    private static final ObjectMapper TREE = new ObjectMapper();
    private static final SummaryRenderer RENDERER = new SummaryRenderer();
    private static final DebriefSummary FULL = SummaryFixtures.summary(SummaryFixtures.FULL);

    @Test
    void fullFixtureNamesItsIncident() {
        assertThat(FULL.incidentKeys()).containsExactly("INC-41");
    }

    @Test
    void roundTripsWithAndWithoutIncidents() throws Exception {
        DebriefSummary two = withIncidents(List.of("INC-41", "OPS-7"));
        DebriefSummary none = withIncidents(List.of());

        assertThat(SummaryJson.read(SummaryJson.write(two))).isEqualTo(two);
        assertThat(SummaryJson.read(SummaryJson.write(none))).isEqualTo(none);
        assertThat(TREE.readTree(SummaryJson.write(two)).get("incidents").toString()).isEqualTo("[\"INC-41\",\"OPS-7\"]");
        // None is left out, as before the field existed.
        assertThat(TREE.readTree(SummaryJson.write(none)).has("incidents")).isFalse();
    }

    @Test
    void answerOfAnOlderJiraWithoutTheFieldReadsAsNoIncidentAndRendersAsBefore() throws Exception {
        String older = SummaryFixtures.json(SummaryFixtures.FULL).replace(",\n  \"incidents\": [\"INC-41\"]", "");
        assertThat(older).doesNotContain("incidents");

        DebriefSummary summary = SummaryJson.read(older);

        assertThat(summary.incidentKeys()).isEmpty();
        assertThat(summary.omitted().incidents()).isZero();
        assertThat(RENDERER.render(summary, Locale.ENGLISH, EnumSet.allOf(SummarySection.class)))
                .doesNotContain("pm-summary__fact--incidents", "Postmortem of");
    }

    @Test
    void incidentsThatAreNotAListOfTextsAreMalformedLikeAnyListField() {
        for (String garbled : List.of("\"INC-41\"", "[1]", "{\"key\": \"INC-41\"}", "[null]")) {
            String json = SummaryFixtures.json(SummaryFixtures.FULL).replace("[\"INC-41\"]", garbled);

            SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class, () -> SummaryJson.read(json));

            assertThat(e).as(garbled).isNotNull();
            assertThat(e.kind()).isEqualTo(SummaryFormatException.Kind.MALFORMED);
            assertThat(String.valueOf(e.args().get(0))).startsWith("incidents");
        }
    }

    @Test
    void explicitNullReadsAsNoIncident() throws Exception {
        String json = SummaryFixtures.json(SummaryFixtures.FULL).replace("[\"INC-41\"]", "null");

        assertThat(SummaryJson.read(json).incidentKeys()).isEmpty();
    }

    @Test
    void namesAtMostTenAndCountsTheRest() throws Exception {
        List<String> keys = IntStream.rangeClosed(1, 13).mapToObj(i -> "INC-" + i).toList();

        DebriefSummary summary = withIncidents(keys);

        assertThat(summary.incidentKeys()).hasSize(SummaryLimits.MAX_INCIDENTS).startsWith("INC-1").endsWith("INC-10");
        assertThat(summary.omitted().incidents()).isEqualTo(3);
        JsonNode omitted = TREE.readTree(SummaryJson.write(summary)).get("omitted");
        assertThat(omitted.get("incidents").intValue()).isEqualTo(3);
        assertThat(SummaryJson.read(SummaryJson.write(summary))).isEqualTo(summary);

        String en = RENDERER.render(summary, Locale.ENGLISH, EnumSet.allOf(SummarySection.class));
        String de = RENDERER.render(summary, Locale.GERMAN, EnumSet.allOf(SummarySection.class));
        assertThat(en).contains("<bdi>INC-9</bdi></a>, <a class=\"pm-summary__incident\"")
                .contains("<bdi>INC-10</bdi></a> and 3 more</dd>").doesNotContain("INC-11");
        assertThat(de).contains("<dt>Postmortem zu</dt>").contains("<bdi>INC-10</bdi></a> und 3 weitere</dd>");
    }

    @Test
    void linksEachIncidentWithJirasBrowseUrlOnTheIssueAndOnAPage() {
        DebriefSummary summary = withIncidents(List.of("INC-41"));

        for (SummaryPlace place : SummaryPlace.values()) {
            String html = RENDERER.render(summary, Locale.ENGLISH, java.time.ZoneOffset.UTC,
                    EnumSet.allOf(SummarySection.class), place);

            assertThat(html).as(place.name()).contains("<dt>Postmortem of</dt>\n<dd><a class=\"pm-summary__incident\""
                    + " href=\"https://jira.example.com/browse/INC-41\"><bdi>INC-41</bdi></a></dd>");
        }
    }

    @Test
    void hostileKeyIsEscapedAndNotLinked() {
        DebriefSummary summary = withIncidents(List.of("<img src=x onerror=alert(1)>\"&", "INC-41"));

        String html = RENDERER.render(summary, Locale.ENGLISH, EnumSet.allOf(SummarySection.class));

        assertThat(html).doesNotContain("<img").contains("<dd><bdi>&lt;img src=x onerror=alert(1)&gt;&quot;&amp;</bdi>, "
                + "<a class=\"pm-summary__incident\" href=\"https://jira.example.com/browse/INC-41\">");
    }

    @Test
    void withoutJirasBrowseUrlTheKeyIsNamedUnlinked() {
        DebriefSummary summary = SummaryXssTest.Copy.of(withIncidents(List.of("INC-41")))
                .issueUrl("https://jira.example.com/other/INC-42").build();

        String html = RENDERER.render(summary, Locale.ENGLISH, EnumSet.allOf(SummarySection.class));

        assertThat(html).contains("<dt>Postmortem of</dt>\n<dd><bdi>INC-41</bdi></dd>");
    }

    @Test
    void overlongKeyIsCutLikeEveryLabel() {
        DebriefSummary summary = withIncidents(List.of("K".repeat(1_000)));

        assertThat(summary.incidentKeys().get(0)).hasSize(SummaryLimits.MAX_LABEL_CHARS).endsWith(SummaryLimits.ELLIPSIS);
    }

    @Test
    void oldConstructorNamesNoIncident() {
        DebriefSummary s = FULL;
        DebriefSummary old = new DebriefSummary(s.contractVersion(), s.issueKey(), s.title(), s.statusName(),
                s.issueUrl(), s.debriefHeldAt(), s.soakEndsAt(), s.failureClass(), s.followUpExpectationKey(),
                s.whatHappened(), s.impact(), s.timeline(), s.accounts(), s.contributingFactors(), s.learnings(),
                s.actions(), s.proportionality(), s.generatedAt(), s.omitted());

        assertThat(old.incidentKeys()).isEmpty();
        assertThat(old).isEqualTo(withIncidents(List.of()));
    }

    private static DebriefSummary withIncidents(List<String> keys) {
        return SummaryXssTest.Copy.of(FULL).incidents(keys).build();
    }
}
