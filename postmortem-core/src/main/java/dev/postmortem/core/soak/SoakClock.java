package dev.postmortem.core.soak;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an action may be committed, from the debriefs of the postmortems linked to it.
 *
 * <p>Precedence, first match wins:
 * <ol>
 *   <li>an override is present → {@link SoakVerdict.Overridden} (an audited human decision beats the clock);</li>
 *   <li>no linked postmortem → {@link SoakVerdict.NoLinkedPostmortem} (the caller decides what that means);</li>
 *   <li>any linked postmortem without a debrief → {@link SoakVerdict.AwaitingDebrief}, listing every such key
 *       in input order without duplicates. This wins over soaking: the soak cannot be known before every
 *       debrief has happened;</li>
 *   <li>the latest soak end is after now → {@link SoakVerdict.Soaking} until that end, held by that postmortem
 *       (the first one in input order on a tie);</li>
 *   <li>otherwise → {@link SoakVerdict.Committable}. The end is inclusive: at {@code now == soakEnd} the action
 *       is committable.</li>
 * </ol>
 * A debrief recorded in the future is not treated as already held, nor ignored: the soak runs from that future
 * instant, so it simply ends later.
 *
 * <p>Pure: the only input besides the arguments is {@code clock.instant()}.
 */
public final class SoakClock {

    private final Clock clock;

    public SoakClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SoakVerdict evaluate(SoakPolicy policy, List<LinkedPostmortem> postmortems, Optional<SoakOverride> override) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(postmortems, "postmortems");
        Objects.requireNonNull(override, "override");
        if (override.isPresent()) {
            return new SoakVerdict.Overridden(override.get());
        }
        if (postmortems.isEmpty()) {
            return new SoakVerdict.NoLinkedPostmortem();
        }
        Set<String> awaiting = new LinkedHashSet<>();
        for (LinkedPostmortem postmortem : postmortems) {
            if (postmortem.debriefHeldAt().isEmpty()) {
                awaiting.add(postmortem.issueKey());
            }
        }
        if (!awaiting.isEmpty()) {
            return new SoakVerdict.AwaitingDebrief(new ArrayList<>(awaiting));
        }
        Instant latestEnd = null;
        String heldBy = null;
        for (LinkedPostmortem postmortem : postmortems) {
            Instant end = policy.soakEndsAt(postmortem.debriefHeldAt().orElseThrow());
            if (latestEnd == null || end.isAfter(latestEnd)) {
                latestEnd = end;
                heldBy = postmortem.issueKey();
            }
        }
        Instant now = clock.instant();
        if (now.isBefore(latestEnd)) {
            return new SoakVerdict.Soaking(latestEnd, heldBy);
        }
        return new SoakVerdict.Committable();
    }
}
