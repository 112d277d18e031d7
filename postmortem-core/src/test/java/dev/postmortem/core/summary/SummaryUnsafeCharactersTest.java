package dev.postmortem.core.summary;

import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.narrative.UnsafeCharacters;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever reaches the summary unvalidated (a host's issue summary or comment) is never rendered raw. */
class SummaryUnsafeCharactersTest {

    private static final String BAD = "x\u0000\u0007\u001B\u007F\u0085\uD800\uDFFF\uFDD0\uFFFE\uFFFF\uD83F\uDFFEy";

    @Test
    void noUnsafeCharacterOfAnyFieldReachesThePage() {
        Instant t = Instant.parse("2026-11-19T09:00:00Z");
        DebriefSummary summary = new DebriefSummary(1, BAD, BAD, BAD, "https://jira/browse/" + BAD, t, t, null, null,
                BAD + "\n\n" + BAD, new SummaryImpact(t, t.plusSeconds(60), t, BAD, BAD),
                List.of(new SummaryTimelineEntry(t, BAD, BAD)),
                List.of(new SummaryAccount(BAD, BAD, BAD, BAD, BAD)), List.of(BAD), List.of(BAD),
                List.of(new SummaryAction(BAD, BAD, ActionState.NOT_DOING, BAD, BAD)),
                new SummaryProportionality(1, 0, true, "postmortem.summary.proportionality.heavy", List.of(BAD)), t);

        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            String html = new SummaryRenderer().render(summary, locale, EnumSet.allOf(SummarySection.class));

            assertThat(UnsafeCharacters.firstUnsafe(html, true)).as(locale.toString()).isEqualTo(-1);
            assertThat(html).contains("x\uFFFD\uFFFD");
        }
    }
}
