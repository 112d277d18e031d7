package dev.postmortem.core.process;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Process metrics over a set of postmortems (the ones a caller may see in a period).
 *
 * <p>Hours from debrief to first commit are taken over the postmortems that have a first commit
 * ({@link PostmortemProcess#firstCommit()}); those without one are counted in {@link #postmortems()} but have no
 * duration yet, so they do not pull the median down. Percentiles interpolate linearly between the closest ranks
 * (the common "inclusive" definition: the median of an even count is the mean of the middle two, the 90th
 * percentile of one value is that value).
 *
 * @param postmortems      how many postmortems
 * @param withFirstCommit  how many of them have a first commit after their debrief
 * @param medianHours      median hours from debrief to first commit; null when none has a first commit
 * @param p90Hours         90th percentile of the same; null likewise
 * @param withOverride     how many of them had at least one soak override
 */
public record ProcessMetrics(int postmortems, int withFirstCommit, Double medianHours, Double p90Hours,
        int withOverride) {

    private static final double MILLIS_PER_HOUR = Duration.ofHours(1).toMillis();

    public static ProcessMetrics of(Collection<PostmortemProcess> processes) {
        Objects.requireNonNull(processes, "processes");
        List<Double> hours = processes.stream()
                .flatMap(process -> process.debriefToFirstCommit().stream())
                .map(ProcessMetrics::hours)
                .sorted()
                .toList();
        int withOverride = (int) processes.stream().filter(PostmortemProcess::overridden).count();
        return new ProcessMetrics(processes.size(), hours.size(), percentile(hours, 0.5), percentile(hours, 0.9),
                withOverride);
    }

    /** The share of postmortems with an override, 0 to 1; empty when there are no postmortems. */
    public Optional<Double> overrideShare() {
        return postmortems == 0 ? Optional.empty() : Optional.of((double) withOverride / postmortems);
    }

    public Optional<Double> median() {
        return Optional.ofNullable(medianHours);
    }

    public Optional<Double> p90() {
        return Optional.ofNullable(p90Hours);
    }

    /** A duration in hours, exact to the millisecond (not rounded): how every figure here counts hours. */
    public static double hours(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        return duration.toMillis() / MILLIS_PER_HOUR;
    }

    /** Linear interpolation between closest ranks over ascending values; null for no values. Also DecisionMetrics'. */
    public static Double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        double rank = p * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        double fraction = rank - below;
        return sorted.get(below) + fraction * (sorted.get(above) - sorted.get(below));
    }
}
