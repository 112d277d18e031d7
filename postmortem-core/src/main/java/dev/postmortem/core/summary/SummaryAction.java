package dev.postmortem.core.summary;

import dev.postmortem.core.actions.ActionState;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up action linked to the postmortem (only those the caller may browse).
 *
 * @param issueKey           key of the action issue
 * @param summary            the action issue's summary
 * @param state              its follow-up state
 * @param statusName         its workflow status name, as Jira shows it
 * @param notDoingReason     why it will not be done; optional, meaningful for {@link ActionState#NOT_DOING}: the
 *                           reason recorded when it was dropped, else the latest comment the caller may read
 * @param droppedAfterSoakAt when it was dropped at the decision after the soak (a drop recorded at or after the
 *                           soak's end, the "dropped after the soak" of the decision metrics); optional, only for
 *                           {@link ActionState#NOT_DOING}. Added in contract 1 without a version change: a reader
 *                           that does not know it shows the action as "not doing" with its reason.
 */
public record SummaryAction(String issueKey, String summary, ActionState state, String statusName,
        String notDoingReason, Instant droppedAfterSoakAt) {

    public SummaryAction {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(statusName, "statusName");
        if (state != ActionState.NOT_DOING) {
            // Only a "not doing" action was dropped: a dropped action that was reopened is what it is now.
            droppedAfterSoakAt = null;
        }
    }

    /** An action not dropped at the decision after the soak. */
    public SummaryAction(String issueKey, String summary, ActionState state, String statusName,
            String notDoingReason) {
        this(issueKey, summary, state, statusName, notDoingReason, null);
    }

    public Optional<String> notDoingReasonIfGiven() {
        return Optional.ofNullable(notDoingReason);
    }

    /** Whether it was dropped at the decision after the soak. */
    public boolean droppedAfterSoak() {
        return droppedAfterSoakAt != null;
    }
}
