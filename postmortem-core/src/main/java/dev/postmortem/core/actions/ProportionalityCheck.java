package dev.postmortem.core.actions;

import dev.postmortem.core.InvalidInput;
import dev.postmortem.core.narrative.Impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/** Applies a {@link ProportionalityPolicy} to an incident's impact and its action counts. */
public final class ProportionalityCheck {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

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
            throw new InvalidInput("postmortem.actions.proportionality.negativeImpact");
        }
        int actions = counts.open();
        long impactMinutes = Impact.startedMinutes(impact); // a started minute counts
        int threshold = Math.max(policy.floor(), byImpact(policy.perHour(severity), impactMinutes));
        Proportionality.Level level = actions > threshold ? Proportionality.Level.HEAVY : Proportionality.Level.OK;
        return new Proportionality(level, actions, impactMinutes, threshold);
    }

    /**
     * ceil(rate × minutes / 60), exactly: the rate is taken as the decimal it is written as (1.1 is 11/10, not the
     * nearest double), so a product that is a whole number of actions is never rounded one too high. Capped at
     * {@link Integer#MAX_VALUE}.
     */
    static int byImpact(double perHour, long impactMinutes) {
        BigDecimal actions = BigDecimal.valueOf(perHour)
                .multiply(BigDecimal.valueOf(impactMinutes))
                .divide(SIXTY, 0, RoundingMode.CEILING);
        return actions.compareTo(MAX_INT) >= 0 ? Integer.MAX_VALUE : actions.intValueExact();
    }
}
