package dev.postmortem.core.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeLeftTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static TimeLeft left(Duration duration) {
        return TimeLeft.between(NOW, NOW.plus(duration));
    }

    @Test
    void splitsIntoWholeDaysHoursAndMinutes() {
        assertThat(left(Duration.ofDays(2).plusHours(3).plusMinutes(4))).isEqualTo(new TimeLeft(2, 3, 4));
        assertThat(left(Duration.ofHours(48))).isEqualTo(new TimeLeft(2, 0, 0));
        assertThat(left(Duration.ofHours(23).plusMinutes(59))).isEqualTo(new TimeLeft(0, 23, 59));
        assertThat(left(Duration.ofDays(400))).isEqualTo(new TimeLeft(400, 0, 0));
    }

    @Test
    void aStartedMinuteIsShownAsAWholeOneSoItNeverReadsZeroWhileSoaking() {
        assertThat(left(Duration.ofNanos(1))).isEqualTo(new TimeLeft(0, 0, 1));
        assertThat(left(Duration.ofSeconds(1))).isEqualTo(new TimeLeft(0, 0, 1));
        assertThat(left(Duration.ofSeconds(59))).isEqualTo(new TimeLeft(0, 0, 1));
        assertThat(left(Duration.ofSeconds(60))).isEqualTo(new TimeLeft(0, 0, 1));
        assertThat(left(Duration.ofSeconds(61))).isEqualTo(new TimeLeft(0, 0, 2));
        // Rounding up carries into hours and days.
        assertThat(left(Duration.ofHours(23).plusMinutes(59).plusSeconds(1))).isEqualTo(new TimeLeft(1, 0, 0));
        assertThat(left(Duration.ofMinutes(59).plusSeconds(30))).isEqualTo(new TimeLeft(0, 1, 0));
    }

    @Test
    void nothingIsLeftExactlyAtTheEndAndAfterIt() {
        assertThat(TimeLeft.between(NOW, NOW)).isEqualTo(TimeLeft.NONE);
        assertThat(TimeLeft.between(NOW, NOW).over()).isTrue();
        assertThat(left(Duration.ofSeconds(-30))).isEqualTo(TimeLeft.NONE);
        assertThat(left(Duration.ofDays(-3))).isEqualTo(TimeLeft.NONE);
        assertThat(left(Duration.ofSeconds(1)).over()).isFalse();
    }

    @Test
    void timeLeftIsOverExactlyWhenTheSoakClockAllowsTheCommit() {
        SoakPolicy policy = SoakPolicy.ofHours(24);
        Instant debrief = NOW.minus(Duration.ofHours(24));
        for (Duration offset : List.of(Duration.ofSeconds(-1), Duration.ZERO, Duration.ofSeconds(1))) {
            Instant at = NOW.plus(offset);
            SoakVerdict verdict = new SoakClock(Clock.fixed(at, ZoneOffset.UTC))
                    .evaluate(policy, List.of(LinkedPostmortem.debriefed("PM-1", debrief)), Optional.empty());

            assertThat(TimeLeft.between(at, policy.soakEndsAt(debrief)).over())
                    .as("at end %s", offset).isEqualTo(verdict.committable());
        }
    }

    @Test
    void argumentsForTheDaysHoursMinutesMessage() {
        assertThat(new TimeLeft(1, 2, 3).messageArgs()).containsExactly(1L, 2, 3);
    }

    @Test
    void partsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new TimeLeft(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeLeft(0, 24, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeLeft(0, 0, 60)).isInstanceOf(IllegalArgumentException.class);
    }
}
