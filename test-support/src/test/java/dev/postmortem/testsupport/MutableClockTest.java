package dev.postmortem.testsupport;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class MutableClockTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void theClockStandsStillUntilMoved() {
        MutableClock clock = new MutableClock(T0);

        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);

        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(300));

        clock.set(T0.minusSeconds(60));
        assertThat(clock.millis()).isEqualTo(T0.minusSeconds(60).toEpochMilli());
    }

    @Test
    void aClockInAnotherZoneSharesTheTime() {
        MutableClock clock = new MutableClock(T0);
        Clock berlin = clock.withZone(ZoneId.of("Europe/Berlin"));

        clock.advance(Duration.ofHours(1));

        assertThat(berlin.instant()).isEqualTo(T0.plusSeconds(3600));
        assertThat(berlin.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
    }
}
