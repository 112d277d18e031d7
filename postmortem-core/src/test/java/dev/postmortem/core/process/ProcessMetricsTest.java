package dev.postmortem.core.process;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProcessMetricsTest {

    private static final Instant DEBRIEF = Instant.parse("2026-11-20T14:00:00Z");

    /** A postmortem whose first commit came {@code minutes} after its debrief (null: no commit yet). */
    private static PostmortemProcess committedAfter(Long minutes, int overrides) {
        List<ProcessStep> steps = new ArrayList<>();
        steps.add(new ProcessStep(ProcessStep.Kind.DEBRIEF_HELD, DEBRIEF, "alice"));
        if (minutes != null) {
            steps.add(new ProcessStep(ProcessStep.Kind.ACTION_COMMITTED, DEBRIEF.plus(Duration.ofMinutes(minutes)),
                    "bob"));
        }
        return PostmortemProcess.of(steps, overrides);
    }

    @Test
    void hoursAreExactToTheMillisecondAndNotRounded() {
        assertThat(ProcessMetrics.hours(Duration.ofMinutes(90))).isEqualTo(1.5);
        assertThat(ProcessMetrics.hours(Duration.ofHours(49).plusMillis(36))).isEqualTo(49.00001);
        assertThat(ProcessMetrics.hours(Duration.ofNanos(999_999))).isZero();
    }

    @Test
    void noPostmortemsHaveNoMedianNoPercentileAndNoShare() {
        ProcessMetrics metrics = ProcessMetrics.of(List.of());

        assertThat(metrics.postmortems()).isZero();
        assertThat(metrics.median()).isEmpty();
        assertThat(metrics.p90()).isEmpty();
        assertThat(metrics.overrideShare()).isEmpty();
    }

    @Test
    void oneValueIsItsOwnMedianAndPercentile() {
        ProcessMetrics metrics = ProcessMetrics.of(List.of(committedAfter(90L, 0)));

        assertThat(metrics.median()).contains(1.5);
        assertThat(metrics.p90()).contains(1.5);
        assertThat(metrics.overrideShare()).contains(0.0);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndP90Interpolates() {
        // 10, 20, 30, 40 hours (given out of order)
        ProcessMetrics metrics = ProcessMetrics.of(List.of(committedAfter(40 * 60L, 0), committedAfter(10 * 60L, 0),
                committedAfter(30 * 60L, 1), committedAfter(20 * 60L, 0)));

        assertThat(metrics.median()).contains(25.0);
        // rank 0.9 * 3 = 2.7: 30 + 0.7 * (40 - 30)
        assertThat(metrics.p90().orElseThrow()).isCloseTo(37.0, within(1e-9));
        assertThat(metrics.overrideShare()).contains(0.25);
        assertThat(metrics.withOverride()).isEqualTo(1);
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        ProcessMetrics metrics = ProcessMetrics.of(List.of(committedAfter(60L, 0), committedAfter(5 * 60L, 0),
                committedAfter(100 * 60L, 0)));

        assertThat(metrics.median()).contains(5.0);
        // rank 1.8: 5 + 0.8 * 95
        assertThat(metrics.p90().orElseThrow()).isCloseTo(81.0, within(1e-9));
    }

    @Test
    void postmortemsWithoutAFirstCommitAreCountedButHaveNoDuration() {
        ProcessMetrics metrics = ProcessMetrics.of(List.of(committedAfter(null, 1), committedAfter(120L, 0),
                PostmortemProcess.of(List.of(), 2)));

        assertThat(metrics.postmortems()).isEqualTo(3);
        assertThat(metrics.withFirstCommit()).isEqualTo(1);
        assertThat(metrics.median()).contains(2.0);
        assertThat(metrics.overrideShare().orElseThrow()).isCloseTo(2.0 / 3, within(1e-9));
    }
}
