package dev.postmortem.core.summary;

/**
 * How many items of each list a {@link DebriefSummary} leaves out to stay within {@link SummaryLimits}; the
 * summary shows "and n more" for each. All zero for a summary that holds everything.
 */
public record SummaryOmissions(int timeline, int accounts, int contributingFactors, int learnings, int actions,
        int incidents) {

    public static final SummaryOmissions NONE = new SummaryOmissions(0, 0, 0, 0, 0, 0);

    public SummaryOmissions {
        if (timeline < 0 || accounts < 0 || contributingFactors < 0 || learnings < 0 || actions < 0
                || incidents < 0) {
            throw new IllegalArgumentException("omitted counts must not be negative");
        }
    }

    /** Omissions of a summary that names no incidents beyond its limit (the counts before incidents were named). */
    public SummaryOmissions(int timeline, int accounts, int contributingFactors, int learnings, int actions) {
        this(timeline, accounts, contributingFactors, learnings, actions, 0);
    }

    public boolean none() {
        return equals(NONE);
    }

    SummaryOmissions plus(SummaryOmissions other) {
        return new SummaryOmissions(Math.addExact(timeline, other.timeline), Math.addExact(accounts, other.accounts),
                Math.addExact(contributingFactors, other.contributingFactors),
                Math.addExact(learnings, other.learnings), Math.addExact(actions, other.actions),
                Math.addExact(incidents, other.incidents));
    }
}
