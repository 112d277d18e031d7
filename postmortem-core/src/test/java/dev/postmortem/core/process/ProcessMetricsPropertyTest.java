package dev.postmortem.core.process;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The median and 90th percentile over many random sets of postmortems (fixed seed, so a failure repeats), checked
 * against definitions that do not use the implementation: the textbook median, the exact rank where 0.9 * (n - 1)
 * is whole, bounds, order, and what shuffling, shifting or adding postmortems without a first commit must not change.
 */
class ProcessMetricsPropertyTest {

    private static final Instant DEBRIEF = Instant.parse("2026-11-20T14:00:00Z");
    private static final int RUNS = 2000;
    private static final double EPSILON = 1e-9;

    private final Random random = new Random(20261125L);

    /** Minutes from debrief to first commit: 1 to 60 postmortems, up to 60 days, many repeats at small sizes. */
    private List<Long> randomMinutes() {
        int count = 1 + random.nextInt(60);
        long range = random.nextBoolean() ? 5 : 60L * 24 * 60;
        List<Long> minutes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            minutes.add((long) random.nextInt((int) range + 1));
        }
        return minutes;
    }

    private static PostmortemProcess committedAfter(long minutes) {
        return PostmortemProcess.of(List.of(
                new ProcessStep(ProcessStep.Kind.DEBRIEF_HELD, DEBRIEF, "alice"),
                new ProcessStep(ProcessStep.Kind.ACTION_COMMITTED, DEBRIEF.plus(Duration.ofMinutes(minutes)),
                        "bob")), 0);
    }

    private static PostmortemProcess withoutFirstCommit() {
        return PostmortemProcess.of(List.of(new ProcessStep(ProcessStep.Kind.DEBRIEF_HELD, DEBRIEF, "alice")), 0);
    }

    private static ProcessMetrics metrics(List<Long> minutes) {
        return ProcessMetrics.of(minutes.stream().map(ProcessMetricsPropertyTest::committedAfter).toList());
    }

    private static List<Double> sortedHours(List<Long> minutes) {
        return minutes.stream().map(m -> m / 60.0).sorted().toList();
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheMiddleTwo() {
        for (int run = 0; run < RUNS; run++) {
            List<Long> minutes = randomMinutes();
            List<Double> hours = sortedHours(minutes);
            int n = hours.size();
            double textbook = n % 2 == 1 ? hours.get(n / 2) : (hours.get(n / 2 - 1) + hours.get(n / 2)) / 2;

            assertThat(metrics(minutes).median().orElseThrow()).as("median of %s", hours)
                    .isCloseTo(textbook, within(EPSILON));
        }
    }

    @Test
    void whereTheRankIsWholeThe90thPercentileIsThatValue() {
        for (int run = 0; run < RUNS; run++) {
            // n = 10k + 1 values: 0.9 * (n - 1) = 9k exactly, no interpolation.
            int k = random.nextInt(6);
            List<Long> minutes = new ArrayList<>();
            for (int i = 0; i < 10 * k + 1; i++) {
                minutes.add((long) random.nextInt(100_000));
            }
            List<Double> hours = sortedHours(minutes);

            assertThat(metrics(minutes).p90().orElseThrow()).as("p90 of %s", hours)
                    .isCloseTo(hours.get(9 * k), within(EPSILON));
        }
    }

    @Test
    void bothLieBetweenTheSmallestAndLargestValueAndTheMedianIsNotAboveThe90thPercentile() {
        for (int run = 0; run < RUNS; run++) {
            List<Long> minutes = randomMinutes();
            List<Double> hours = sortedHours(minutes);
            double min = hours.get(0);
            double max = hours.get(hours.size() - 1);
            ProcessMetrics metrics = metrics(minutes);
            double median = metrics.median().orElseThrow();
            double p90 = metrics.p90().orElseThrow();

            assertThat(median).isBetween(min - EPSILON, max + EPSILON);
            assertThat(p90).isBetween(min - EPSILON, max + EPSILON);
            assertThat(median).isLessThanOrEqualTo(p90 + EPSILON);
            // At least half of the values are at or below the median, and at least half at or above it.
            assertThat(hours.stream().filter(h -> h <= median + EPSILON).count() * 2)
                    .isGreaterThanOrEqualTo(hours.size());
            assertThat(hours.stream().filter(h -> h >= median - EPSILON).count() * 2)
                    .isGreaterThanOrEqualTo(hours.size());
        }
    }

    @Test
    void theOrderOfPostmortemsAndThoseWithoutAFirstCommitChangeNeitherValue() {
        for (int run = 0; run < RUNS; run++) {
            List<Long> minutes = randomMinutes();
            ProcessMetrics metrics = metrics(minutes);
            List<PostmortemProcess> shuffled = new ArrayList<>(minutes.stream()
                    .map(ProcessMetricsPropertyTest::committedAfter).toList());
            int without = random.nextInt(5);
            for (int i = 0; i < without; i++) {
                shuffled.add(withoutFirstCommit());
            }
            Collections.shuffle(shuffled, random);

            ProcessMetrics other = ProcessMetrics.of(shuffled);

            assertThat(other.median()).isEqualTo(metrics.median());
            assertThat(other.p90()).isEqualTo(metrics.p90());
            assertThat(other.postmortems()).isEqualTo(minutes.size() + without);
            assertThat(other.withFirstCommit()).isEqualTo(minutes.size());
        }
    }

    @Test
    void everyCommitLaterByTheSameTimeShiftsBothByThatTime() {
        for (int run = 0; run < RUNS; run++) {
            List<Long> minutes = randomMinutes();
            long shift = random.nextInt(10_000);
            ProcessMetrics metrics = metrics(minutes);

            ProcessMetrics shifted = metrics(minutes.stream().map(m -> m + shift).toList());

            assertThat(shifted.median().orElseThrow())
                    .isCloseTo(metrics.median().orElseThrow() + shift / 60.0, within(1e-6));
            assertThat(shifted.p90().orElseThrow())
                    .isCloseTo(metrics.p90().orElseThrow() + shift / 60.0, within(1e-6));
        }
    }
}
