package dev.postmortem.jira.soak;

import java.util.List;

/**
 * The soak status of one action issue for one viewer: what the panel shows and what
 * {@code GET /rest/postmortem/1.0/soak/{issueKey}} returns (Jackson writes the getters). Immutable; texts are
 * translated and dates formatted for the viewer; {@code endsAt} is also given as an ISO-8601 instant for scripts.
 * Every getter is listed in the {@code <velocity-allowlist>}.
 */
public final class SoakStatusView {

    /** The states, as the core verdicts plus the gate's own "cannot evaluate". */
    public enum State { COMMITTABLE, OVERRIDDEN, SOAKING, AWAITING_DEBRIEF, NO_POSTMORTEM, CANNOT_EVALUATE }

    private final String issueKey;
    private final State state;
    private final boolean committable;
    private final String message;
    private final String endsAt;
    private final String endsAtDisplay;
    private final String timeLeft;
    private final String heldBy;
    private final List<String> awaitingDebrief;
    private final String overriddenBy;
    private final String overrideReason;
    private final String overriddenAtDisplay;
    private final boolean canOverride;

    SoakStatusView(String issueKey, State state, boolean committable, String message, String endsAt,
            String endsAtDisplay, String timeLeft, String heldBy, List<String> awaitingDebrief, String overriddenBy,
            String overrideReason, String overriddenAtDisplay, boolean canOverride) {
        this.issueKey = issueKey;
        this.state = state;
        this.committable = committable;
        this.message = message;
        this.endsAt = endsAt;
        this.endsAtDisplay = endsAtDisplay;
        this.timeLeft = timeLeft;
        this.heldBy = heldBy;
        this.awaitingDebrief = List.copyOf(awaitingDebrief);
        this.overriddenBy = overriddenBy;
        this.overrideReason = overrideReason;
        this.overriddenAtDisplay = overriddenAtDisplay;
        this.canOverride = canOverride;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getState() {
        return state.name();
    }

    /** Whether the soak gate lets the action be committed now. */
    public boolean isCommittable() {
        return committable;
    }

    /** One translated sentence saying where the action stands. */
    public String getMessage() {
        return message;
    }

    /** End of the soak as an ISO-8601 instant (UTC), or null when not soaking. */
    public String getEndsAt() {
        return endsAt;
    }

    /** End of the soak in the viewer's time zone and date format, or null. */
    public String getEndsAtDisplay() {
        return endsAtDisplay;
    }

    public String getTimeLeft() {
        return timeLeft;
    }

    /**
     * The postmortem whose soak ends last, by key, or described ("a postmortem you cannot see") when the viewer
     * may not browse it; null when not soaking.
     */
    public String getHeldBy() {
        return heldBy;
    }

    /**
     * Linked postmortems that have not held their debrief: the keys the viewer may browse, then one entry
     * counting those they may not ("2 postmortems you cannot see").
     */
    public List<String> getAwaitingDebrief() {
        return awaitingDebrief;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverriddenAtDisplay() {
        return overriddenAtDisplay;
    }

    /** Whether this viewer may override (a project admin) and there is something to override. */
    public boolean isCanOverride() {
        return canOverride;
    }

    /** The panel shows only on action issues: issues with a linked postmortem (or a gate that cannot tell). */
    public boolean isActionIssue() {
        return state != State.NO_POSTMORTEM;
    }
}
