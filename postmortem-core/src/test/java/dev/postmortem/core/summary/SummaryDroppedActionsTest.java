package dev.postmortem.core.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.core.actions.ActionState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actions dropped at the decision after the soak (issue 13): listed apart from the others with the recorded reason,
 * in the JSON contract without a version change, so older answers and older readers both still work.
 */
class SummaryDroppedActionsTest {

    private static final SummaryRenderer RENDERER = new SummaryRenderer();
    private static final Instant DROPPED_AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final SummaryAction DROPPED = new SummaryAction("ACT-5", "Rewrite the pool in Rust",
            ActionState.NOT_DOING, "Closed", "Covered by ACT-1 <b>for now</b>", DROPPED_AT);

    private final DebriefSummary full = SummaryFixtures.summary(SummaryFixtures.FULL);

    private DebriefSummary withDropped() {
        List<SummaryAction> actions = new java.util.ArrayList<>(full.actions());
        actions.add(DROPPED);
        return SummaryFixtures.withActions(full, actions);
    }

    @Test
    void theDropTimeIsWrittenAndReadBack() throws Exception {
        DebriefSummary summary = withDropped();

        String json = SummaryJson.write(summary);

        assertThat(json).contains("\"droppedAfterSoakAt\":\"2026-11-23T10:00:00Z\"");
        assertThat(SummaryJson.read(json)).isEqualTo(summary);
        assertThat(SummaryJson.read(json).actions().get(4).droppedAfterSoak()).isTrue();
    }

    @Test
    void anAnswerOfAnOlderJiraAppWithoutTheFieldReadsAsNotDropped() throws Exception {
        DebriefSummary older = SummaryJson.read(SummaryFixtures.json(SummaryFixtures.FULL));

        assertThat(SummaryFixtures.json(SummaryFixtures.FULL)).doesNotContain("droppedAfterSoakAt");
        assertThat(older.actions()).noneMatch(SummaryAction::droppedAfterSoak);
        assertThat(older.actions().get(2).notDoingReason()).startsWith("Staging shares");
    }

    @Test
    void aReaderThatIgnoresTheFieldStillSeesANotDoingActionWithItsReason() throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(SummaryJson.write(withDropped()));
        ((ObjectNode) tree.withArray("actions").get(4)).remove("droppedAfterSoakAt");

        DebriefSummary read = SummaryJson.read(tree.toString());

        assertThat(read.actions().get(4)).isEqualTo(new SummaryAction("ACT-5", "Rewrite the pool in Rust",
                ActionState.NOT_DOING, "Closed", "Covered by ACT-1 <b>for now</b>"));
    }

    @Test
    void onlyANotDoingActionCanBeDroppedAfterTheSoak() {
        SummaryAction reopened = new SummaryAction("ACT-5", "x", ActionState.PROPOSED, "Open", null, DROPPED_AT);

        assertThat(reopened.droppedAfterSoak()).isFalse();
        assertThat(reopened.droppedAfterSoakAt()).isNull();
    }

    @Test
    void droppedActionsAreListedApartWithTheirEscapedReasonInEnglish() {
        String html = RENDERER.render(withDropped(), Locale.ENGLISH, ZoneOffset.UTC,
                EnumSet.of(SummarySection.ACTIONS), SummaryPlace.PAGE);

        String main = html.substring(0, html.indexOf("pm-actions--dropped"));
        String dropped = html.substring(html.indexOf("pm-actions--dropped"));
        assertThat(main).contains("ACT-1", "ACT-2", "ACT-3", "ACT-4", "Why not:").doesNotContain("ACT-5");
        assertThat(html).contains("<h4 class=\"pm-actions__heading\">Dropped after the soak</h4>");
        assertThat(dropped).contains(">Dropped</span>", "ACT-5", "Rewrite the pool in Rust", "Reason:",
                "Covered by ACT-1 &lt;b&gt;for now&lt;/b&gt;",
                "on <time datetime=\"2026-11-23T10:00:00Z\">")
                .doesNotContain("<b>", "Why not:", "ACT-4");
    }

    @Test
    void droppedActionsInGerman() {
        String html = RENDERER.render(withDropped(), Locale.GERMAN, EnumSet.of(SummarySection.ACTIONS));

        assertThat(html).contains("Nach der Karenzzeit verworfen", ">Verworfen</span>", "Begründung:",
                "am <time");
    }

    @Test
    void aSummaryWithOnlyDroppedActionsDoesNotSayThereAreNone() {
        DebriefSummary onlyDropped = SummaryFixtures.withActions(full, List.of(DROPPED));

        String html = RENDERER.render(onlyDropped, Locale.ENGLISH, EnumSet.of(SummarySection.ACTIONS));

        assertThat(html).contains("Dropped after the soak").doesNotContain("pm-summary__none");
    }

    @Test
    void withoutDroppedActionsThereIsNoDroppedList() {
        String html = RENDERER.render(full, Locale.ENGLISH, EnumSet.of(SummarySection.ACTIONS));

        assertThat(html).doesNotContain("pm-actions--dropped", "Dropped after the soak");
    }
}
