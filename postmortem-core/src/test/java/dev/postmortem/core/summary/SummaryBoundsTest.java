package dev.postmortem.core.summary;

import dev.postmortem.core.actions.ActionState;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** No data a user can write makes the summary unreadable: every part is bounded, visibly. */
class SummaryBoundsTest {

    private static final int TWO_MIB = 2 * 1024 * 1024;
    private static final Instant T = Instant.parse("2026-11-19T09:00:00Z");

    /** The worst text for HTML and JSON: every char escapes to "&quot;" or \", blank lines make paragraphs. */
    private static final String HOSTILE = "\"\n\n".repeat(400_000);
    private static final String LABEL = "\"".repeat(1_000_000);

    @Test
    void aLongNotDoingReasonIsCutWithAnEllipsis() {
        DebriefSummary summary = summary(List.of(new SummaryAction("ACT-1", "Drop it", ActionState.NOT_DOING, "Won’t Do",
                "Because ".repeat(10_000))), List.of(), List.of());

        String reason = summary.actions().get(0).notDoingReason();
        assertThat(reason).hasSize(SummaryLimits.MAX_REASON_CHARS).endsWith(SummaryLimits.ELLIPSIS)
                .startsWith("Because Because");
    }

    @Test
    void sixtyLongCommentsNoLongerPushTheSummaryPastTheReadLimit() throws Exception {
        String comment = "x".repeat(40_000);
        List<SummaryAction> actions = Collections.nCopies(60,
                new SummaryAction("ACT-1", "Drop it", ActionState.NOT_DOING, "Won’t Do", comment));

        String json = SummaryJson.write(summary(actions, List.of(), List.of()));

        assertThat(json.length()).isLessThan(SummaryJson.MAX_INPUT_JSON_CHARS / 10);
        assertThat(SummaryJson.read(json).actions()).hasSize(60)
                .allSatisfy(a -> assertThat(a.notDoingReason()).endsWith(SummaryLimits.ELLIPSIS));
    }

    @Test
    void itemsBeyondAListsLimitAreCountedAndShownAsMore() {
        List<SummaryAction> actions = Collections.nCopies(SummaryLimits.MAX_ACTIONS + 7,
                new SummaryAction("ACT-1", "Add a check", ActionState.PROPOSED, "Open", null));

        DebriefSummary summary = summary(actions, List.of(), List.of());
        String html = new SummaryRenderer().render(summary, Locale.ENGLISH, EnumSet.allOf(SummarySection.class));
        String german = new SummaryRenderer().render(summary, Locale.GERMAN, EnumSet.allOf(SummarySection.class));

        assertThat(summary.actions()).hasSize(SummaryLimits.MAX_ACTIONS);
        assertThat(summary.omitted()).isEqualTo(new SummaryOmissions(0, 0, 0, 0, 7));
        assertThat(html).contains("<p class=\"pm-summary__more\">\u2026and 7 more, not shown here.");
        assertThat(german).contains("<p class=\"pm-summary__more\">\u2026und 7 weitere, die hier nicht angezeigt werden.");
    }

    @Test
    void aSummaryBuiltFromMaximalHostileDataStaysWellUnderTwoMibRenderedAndAsJson() throws Exception {
        DebriefSummary summary = maximal();

        String json = SummaryJson.write(summary);
        DebriefSummary read = SummaryJson.read(json);
        int worstRendered = 0;
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            String html = new SummaryRenderer().render(read, locale, EnumSet.allOf(SummarySection.class));
            worstRendered = Math.max(worstRendered, html.getBytes(StandardCharsets.UTF_8).length);
        }

        assertThat(read).isEqualTo(summary);
        assertThat(json.length()).isLessThan(SummaryJson.MAX_INPUT_JSON_CHARS / 4);
        // Measured: about 257,000 JSON chars and 940,000 rendered bytes.
        assertThat(worstRendered).as("rendered bytes").isLessThan(TWO_MIB / 2);
        assertThat(summary.omitted().timeline() + summary.omitted().accounts() + summary.omitted().actions())
                .isPositive();
    }

    @Test
    void boundingIsIdempotentSoTheJsonRoundTripHolds() throws Exception {
        DebriefSummary summary = maximal();

        assertThat(SummaryJson.read(SummaryJson.write(summary))).isEqualTo(summary);
        assertThat(SummaryJson.write(SummaryJson.read(SummaryJson.write(summary)))).isEqualTo(SummaryJson.write(summary));
    }

    private static DebriefSummary maximal() {
        List<SummaryAction> actions = Collections.nCopies(10_000,
                new SummaryAction(LABEL, LABEL, ActionState.NOT_DOING, LABEL, HOSTILE));
        List<SummaryAccount> accounts = Collections.nCopies(10_000,
                new SummaryAccount(LABEL, LABEL, HOSTILE, HOSTILE, HOSTILE));
        List<SummaryTimelineEntry> timeline = Collections.nCopies(10_000, new SummaryTimelineEntry(T, HOSTILE, LABEL));
        return new DebriefSummary(1, LABEL, LABEL, LABEL, "https://jira/browse/" + LABEL, T, T, null, LABEL, HOSTILE,
                new SummaryImpact(T, T.plusSeconds(60), T, LABEL, HOSTILE), timeline, accounts,
                Collections.nCopies(10_000, HOSTILE), Collections.nCopies(10_000, HOSTILE), actions,
                new SummaryProportionality(10_000, 0, true, LABEL, Collections.nCopies(10_000, LABEL)), T);
    }

    private static DebriefSummary summary(List<SummaryAction> actions, List<String> factors, List<String> learnings) {
        return new DebriefSummary(1, "INC-1", "Title", "Open", "https://jira/browse/INC-1", null, null, null, null, "",
                null, List.of(), List.of(), factors, learnings, actions, null, T);
    }
}
