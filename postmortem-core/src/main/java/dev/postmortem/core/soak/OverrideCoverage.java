package dev.postmortem.core.soak;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which override, if any, lets an action skip its soak.
 *
 * <p>An override is recorded against the postmortem whose soak it skips. The action may skip the soak only while
 * <em>every</em> postmortem linked to it has an active override: a postmortem linked after the override (or one
 * whose override expired or was revoked) gates the action again, because nobody decided about its soak. With no
 * linked postmortem there is nothing to cover, so no override applies (the gate's rule for unlinked actions
 * decides then, see {@link SoakGateRule}). An override of a postmortem that is no longer linked covers nothing.
 * When several active overrides cover the action the newest is the one reported: latest
 * {@link SoakOverride#at()}, then highest {@link PostmortemOverride#recordId()}.
 */
public final class OverrideCoverage {

    private static final Comparator<PostmortemOverride> NEWEST_LAST =
            Comparator.comparing((PostmortemOverride o) -> o.override().at())
                    .thenComparingLong(PostmortemOverride::recordId);

    private OverrideCoverage() {
    }

    /**
     * @param linkedPostmortemIds the postmortems linked to the action (duplicates do not matter)
     * @param overrides           the overrides recorded for the action, in any order, active or not
     * @param now                 the instant to decide at
     * @return the override to honour, or empty when the overrides leave any linked postmortem uncovered
     */
    public static Optional<SoakOverride> covering(Collection<Long> linkedPostmortemIds,
            Collection<PostmortemOverride> overrides, Instant now) {
        Objects.requireNonNull(linkedPostmortemIds, "linkedPostmortemIds");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(now, "now");
        if (linkedPostmortemIds.isEmpty() || overrides.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> linked = Set.copyOf(linkedPostmortemIds);
        List<PostmortemOverride> covering = overrides.stream()
                .filter(o -> linked.contains(o.postmortemId()) && o.isActiveAt(now))
                .toList();
        Set<Long> covered = new HashSet<>();
        covering.forEach(o -> covered.add(o.postmortemId()));
        if (!covered.containsAll(linked)) {
            return Optional.empty();
        }
        return covering.stream().max(NEWEST_LAST).map(PostmortemOverride::override);
    }
}
