package dev.postmortem.core.process;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessPeriodTest {

    @Test
    void bothDaysAreIncludedInUtc() {
        ProcessPeriod period = new ProcessPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));

        assertThat(period.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(period.contains(Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
        assertThat(period.contains(Instant.parse("2026-01-31T23:59:59.999Z"))).isTrue();
        assertThat(period.contains(Instant.parse("2026-02-01T00:00:00Z"))).isFalse();
        assertThat(period.contains(Instant.parse("2025-12-31T23:59:59.999Z"))).isFalse();
    }

    @Test
    void oneDayAndALeapYearAreAllowedAndADayMoreIsNot() {
        assertThat(ProcessPeriod.days(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5))).isEqualTo(1);
        LocalDate leapStart = LocalDate.of(2028, 1, 1);
        LocalDate leapEnd = LocalDate.of(2028, 12, 31);
        assertThat(ProcessPeriod.days(leapStart, leapEnd)).isEqualTo(366);
        assertThat(new ProcessPeriod(leapStart, leapEnd).to()).isEqualTo(leapEnd);

        assertThatThrownBy(() -> new ProcessPeriod(leapStart, leapEnd.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThat(ProcessPeriod.days(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4))).isZero();
        assertThatThrownBy(() -> new ProcessPeriod(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
