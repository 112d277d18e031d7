package dev.postmortem.core.summary;

import dev.postmortem.core.actions.Proportionality;

import java.util.List;

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
        return new SummaryProportionality(proposedCount, committedCount, signal.heavy(), signal.messageKey(),
                signal.messageArgs().stream().map(String::valueOf).toList());
    }
}
