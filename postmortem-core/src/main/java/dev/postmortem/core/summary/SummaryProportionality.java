package dev.postmortem.core.summary;

import dev.postmortem.core.actions.ActionCounts;
import dev.postmortem.core.actions.Proportionality;
import dev.postmortem.core.actions.ProportionalityCheck;
import dev.postmortem.core.narrative.Impact;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The proportionality signal of the actions against the impact, as computed by the actions feature.
 *
 * @param proposedCount  number of proposed actions
 * @param committedCount number of committed actions
 * @param heavy          whether the list is heavy for the incident
 * @param messageKey     core i18n key of the message to show; optional
 * @param messageArgs    arguments for the message (strings; whole numbers are formatted as numbers)
 */
public record SummaryProportionality(int proposedCount, int committedCount, boolean heavy, String messageKey,
                                     List<String> messageArgs) {
    public SummaryProportionality {
        if (proposedCount < 0 || committedCount < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        messageArgs = DebriefSummary.copy(messageArgs);
    }

    /** The signal as the actions feature computed it, with its message arguments carried as strings. */
    public static SummaryProportionality from(Proportionality signal, int proposedCount, int committedCount) {
        Objects.requireNonNull(signal, "signal");
        return new SummaryProportionality(proposedCount, committedCount, signal.heavy(), signal.messageKey(),
                signal.messageArgs().stream().map(String::valueOf).toList());
    }

    /**
     * The signal for the actions a summary lists against the incident's impact, as every host computes it: the
     * actions are counted by state ({@link ActionCounts}; proposed and committed are weighed, done and not-doing
     * are not), the impact's severity label picks the rate (an empty label is an unknown one). Empty when the
     * impact has no duration (start or end unknown, or out of order): there is nothing to weigh the actions
     * against, and a signal made up from a guessed impact would mislead.
     *
     * @param actions the actions the reader may see: hidden ones must be left out before, so that the counts do
     *                not reveal them
     */
    public static Optional<SummaryProportionality> assess(Impact impact, List<SummaryAction> actions,
            ProportionalityCheck check) {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(check, "check");
        Optional<Duration> duration = impact.duration();
        if (duration.isEmpty()) {
            return Optional.empty();
        }
        ActionCounts counts = ActionCounts.of(actions.stream().map(SummaryAction::state).toList());
        Proportionality signal = check.assess(duration.get(), impact.severity(), counts);
        return Optional.of(from(signal, counts.proposed(), counts.committed()));
    }
}
