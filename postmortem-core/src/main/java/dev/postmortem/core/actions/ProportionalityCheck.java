package dev.postmortem.core.actions;

import dev.postmortem.core.narrative.Impact;

import java.time.Duration;
import java.util.Objects;

/** Applies a {@link ProportionalityPolicy} to an incident's impact and its action counts. */
public final class ProportionalityCheck {

    private final ProportionalityPolicy policy;

    public ProportionalityCheck(ProportionalityPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public static ProportionalityCheck withDefaults() {
        return new ProportionalityCheck(ProportionalityPolicy.DEFAULT);
    }

    /**
     * @param impact    how long users were affected; not negative
     * @param severity  the incident's severity label, may be null
     * @param proposed  actions in PROPOSED; not negative
     * @param committed actions in COMMITTED; not negative
     */
    public Proportionality assess(Duration impact, String severity, int proposed, int committed) {
        return assess(impact, severity, new ActionCounts(proposed, committed, 0, 0));
    }

    /**
     * The same for counted actions: only the {@linkplain ActionCounts#open() open} ones (proposed plus committed)
     * are weighed.
     */
    public Proportionality assess(Duration impact, String severity, ActionCounts counts) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(impact, "impact");
        if (impact.isNegative()) {
            throw new IllegalArgumentException("postmortem.actions.proportionality.negativeImpact");
        }
        int actions = counts.open();
        long impactMinutes = Impact.startedMinutes(impact); // a started minute counts
        double byImpact = Math.ceil(policy.perHour(severity) * impactMinutes / 60.0);
        int threshold = (int) Math.max(policy.floor(), Math.min(byImpact, Integer.MAX_VALUE));
        Proportionality.Level level = actions > threshold ? Proportionality.Level.HEAVY : Proportionality.Level.OK;
        return new Proportionality(level, actions, impactMinutes, threshold);
    }
}
