package dev.postmortem.core.summary;

import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.actions.ProportionalityCheck;
import dev.postmortem.core.narrative.Impact;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** One impact duration, one rounding: the shown duration and the proportionality minutes always agree. */
class SummaryDurationRoundingTest {

    private static final SummaryRenderer RENDERER = new SummaryRenderer();
    /** "5 min", "2 h" or "1 h 5 min": a unit that is zero is left out. */
    private static final Pattern SHOWN = Pattern.compile("<dd>(?:(\\d+) h)? ?(?:(\\d+) min)?</dd>");
    private static final Pattern WEIGHED = Pattern.compile("for (\\d+) minutes? of impact");

    @Test
    void aStartedMinuteCountsInTheShownDurationAsInProportionality() {
        String html = render(Instant.parse("2026-11-19T09:12:00Z"), Instant.parse("2026-11-19T09:59:30Z"));

        assertThat(html).contains("<dd>48 min</dd>").contains("2 actions for 48 minutes of impact");
    }

    @Test
    void noUnitIsShownAsZero() {
        Instant start = Instant.parse("2026-11-19T09:00:00Z");

        assertThat(render(start, start.plusSeconds(2 * 3600))).contains("<dd>2 h</dd>").doesNotContain("<dd>2 h 0 min");
        assertThat(render(start, start.plusSeconds(3900))).contains("<dd>1 h 5 min</dd>");
        assertThat(render(start, start.plusSeconds(300))).contains("<dd>5 min</dd>").doesNotContain("<dd>0 h");
    }

    @Test
    void shownDurationAndWeighedMinutesAgreeForManyDurations() {
        Instant start = Instant.parse("2026-11-19T09:00:00Z");
        for (long seconds = 1; seconds <= 3 * 3600; seconds += 37) {
            String html = render(start, start.plusSeconds(seconds));
            Matcher shown = SHOWN.matcher(html);
            Matcher weighed = WEIGHED.matcher(html);
            assertThat(shown.find()).as("duration shown for %d s", seconds).isTrue();
            assertThat(weighed.find()).as("minutes weighed for %d s", seconds).isTrue();
            long shownMinutes = (shown.group(1) == null ? 0 : Long.parseLong(shown.group(1)) * 60)
                    + (shown.group(2) == null ? 0 : Long.parseLong(shown.group(2)));
            assertThat(shownMinutes).as("after %d s", seconds).isEqualTo(Long.parseLong(weighed.group(1)))
                    .isEqualTo(Impact.startedMinutes(Duration.ofSeconds(seconds)));
        }
    }

    @Test
    void startedMinutesRoundsUpAnyPartOfAMinuteAndKeepsWholeOnes() {
        assertThat(Impact.startedMinutes(Duration.ZERO)).isZero();
        assertThat(Impact.startedMinutes(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(Impact.startedMinutes(Duration.ofMinutes(47))).isEqualTo(47);
        assertThat(Impact.startedMinutes(Duration.ofMinutes(47).plusMillis(1))).isEqualTo(48);
    }

    private static String render(Instant start, Instant end) {
        List<SummaryAction> actions = List.of(
                new SummaryAction("ACT-1", "Add a limit", ActionState.PROPOSED, "Open", null),
                new SummaryAction("ACT-2", "Add an alert", ActionState.COMMITTED, "Open", null));
        Impact impact = new Impact(start, end, null, "SEV2", "");
        SummaryProportionality proportionality =
                SummaryProportionality.assess(impact, actions, ProportionalityCheck.withDefaults()).orElseThrow();
        DebriefSummary summary = new DebriefSummary(1, "INC-1", "Title", "Open", "https://jira.example.com/browse/INC-1",
                null, null, null, null, "", new SummaryImpact(start, end, null, "SEV2", ""), List.of(), List.of(),
                List.of(), List.of(), actions, proportionality, Instant.parse("2026-11-22T08:00:00Z"));
        return RENDERER.render(summary, Locale.ENGLISH, EnumSet.allOf(SummarySection.class));
    }
}
