package dev.postmortem.core.decision;

import dev.postmortem.core.process.ProcessMetrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of the proposed actions of a set of postmortems (the ones, and the actions, a caller may see).
 *
 * <p>Every action starts proposed in the debrief, so {@code proposed} counts them all, and by their state now
 * each is exactly one of {@code committed} (committed or done), {@code dropped} (not doing) or
 * {@code undecided} (still proposed): the three add up to {@code proposed}.
 *
 * <p>{@code droppedAfterSoak} counts the dropped actions whose drop was recorded at or after their postmortem's
 * soak end: the ones soak time talked the team out of. Time to decision is taken over every recorded decision
 * (commit or drop) at or after the soak end ({@code decidedAfterSoak} of them); decisions before the soak end
 * (an override, an early drop) and actions without a recorded decision have no such time. Hours and percentiles
 * are counted as in {@link ProcessMetrics}.
 *
 * @param medianHours median hours from soak end to decision; null when no decision counts
 * @param p90Hours    90th percentile of the same; null likewise
 */
public record DecisionMetrics(int proposed, int committed, int dropped, int undecided, int droppedAfterSoak,
        int decidedAfterSoak, Double medianHours, Double p90Hours) {

    public DecisionMetrics {
        if (committed + dropped + undecided != proposed) {
            throw new IllegalArgumentException("committed, dropped and undecided add up to proposed");
        }
        if (droppedAfterSoak > dropped || droppedAfterSoak < 0 || decidedAfterSoak < 0) {
            throw new IllegalArgumentException("counts out of range");
        }
    }

    public static DecisionMetrics of(Collection<PostmortemActions> postmortems) {
        Objects.requireNonNull(postmortems, "postmortems");
        int committed = 0;
        int dropped = 0;
        int undecided = 0;
        int droppedAfterSoak = 0;
        List<Double> hours = new ArrayList<>();
        for (PostmortemActions postmortem : postmortems) {
            Instant soakEnd = postmortem.soakEndedAt();
            for (DecidableAction action : postmortem.actions()) {
                RecordedDecision decision = action.decision();
                boolean afterSoak = decision != null && soakEnd != null && !decision.at().isBefore(soakEnd);
                switch (action.state()) {
                    case COMMITTED, DONE -> committed++;
                    case NOT_DOING -> {
                        dropped++;
                        if (afterSoak && decision.choice() == Choice.DROP) {
                            droppedAfterSoak++;
                        }
                    }
                    case PROPOSED -> undecided++;
                }
                if (afterSoak) {
                    hours.add(ProcessMetrics.hours(Duration.between(soakEnd, decision.at())));
                }
            }
        }
        List<Double> sorted = hours.stream().sorted().toList();
        return new DecisionMetrics(committed + dropped + undecided, committed, dropped, undecided, droppedAfterSoak,
                sorted.size(), ProcessMetrics.percentile(sorted, 0.5), ProcessMetrics.percentile(sorted, 0.9));
    }

    /** The share of proposed actions dropped after the soak, 0 to 1; empty when there are none. */
    public Optional<Double> droppedAfterSoakShare() {
        return proposed == 0 ? Optional.empty() : Optional.of((double) droppedAfterSoak / proposed);
    }

    public Optional<Double> median() {
        return Optional.ofNullable(medianHours);
    }

    public Optional<Double> p90() {
        return Optional.ofNullable(p90Hours);
    }
}
