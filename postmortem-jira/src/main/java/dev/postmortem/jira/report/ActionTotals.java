package dev.postmortem.jira.report;

import dev.postmortem.core.decision.DecisionMetrics;

/**
 * What became of proposed actions: every action starts proposed in the debrief, so {@code proposed} counts them
 * all, and by its state now each is exactly one of committed (committed or done), dropped (not doing) or undecided
 * (still proposed): the core's {@link DecisionMetrics} split, summable over rows.
 */
public record ActionTotals(int proposed, int committed, int dropped, int undecided) {

    public static final ActionTotals NONE = new ActionTotals(0, 0, 0, 0);

    public ActionTotals {
        if (committed < 0 || dropped < 0 || undecided < 0 || committed + dropped + undecided != proposed) {
            throw new IllegalArgumentException("committed, dropped and undecided add up to proposed");
        }
    }

    public static ActionTotals of(DecisionMetrics metrics) {
        return new ActionTotals(metrics.proposed(), metrics.committed(), metrics.dropped(), metrics.undecided());
    }

    public ActionTotals plus(ActionTotals other) {
        return new ActionTotals(proposed + other.proposed, committed + other.committed, dropped + other.dropped,
                undecided + other.undecided);
    }
}
