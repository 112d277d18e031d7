package dev.postmortem.core.process;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the current debrief and its soak end stand among a postmortem's steps in record order; the one place of
 * the rules (see {@link PostmortemProcess}): the current debrief is the latest recorded
 * {@link ProcessStep.Kind#DEBRIEF_HELD} unless a {@link ProcessStep.Kind#DEBRIEF_CLEARED} was recorded after it;
 * its soak end is the first {@link ProcessStep.Kind#SOAK_ENDED} recorded after it. Positions, not times: the Jira
 * storage answers with its own rows, {@link PostmortemProcess} with steps.
 *
 * @param debrief the position of the current debrief in the list
 * @param soakEnd the position of its soak end; -1 when none was recorded after it
 */
public record CurrentDebrief(int debrief, int soakEnd) {

    public CurrentDebrief {
        if (debrief < 0 || (soakEnd != -1 && soakEnd <= debrief)) {
            throw new IllegalArgumentException("a debrief position, and a soak end after it or -1");
        }
    }

    /**
     * @param recordOrder the steps (or rows standing for them) in the order they were recorded
     * @param kind        the kind of each; null for one that is none of the process kinds (it is passed over)
     * @return empty when there is no current debrief
     */
    public static <T> Optional<CurrentDebrief> in(List<T> recordOrder,
            Function<? super T, ProcessStep.Kind> kind) {
        Objects.requireNonNull(recordOrder, "recordOrder");
        Objects.requireNonNull(kind, "kind");
        int current = -1;
        for (int i = 0; i < recordOrder.size(); i++) {
            ProcessStep.Kind k = kind.apply(recordOrder.get(i));
            if (k == ProcessStep.Kind.DEBRIEF_HELD) {
                current = i;
            } else if (k == ProcessStep.Kind.DEBRIEF_CLEARED) {
                current = -1;
            }
        }
        if (current < 0) {
            return Optional.empty();
        }
        for (int i = current + 1; i < recordOrder.size(); i++) {
            if (kind.apply(recordOrder.get(i)) == ProcessStep.Kind.SOAK_ENDED) {
                return Optional.of(new CurrentDebrief(current, i));
            }
        }
        return Optional.of(new CurrentDebrief(current, -1));
    }

    /** Whether a soak end of this debrief was recorded. */
    public boolean soakEnded() {
        return soakEnd >= 0;
    }
}
