package dev.postmortem.core.narrative;

/** One kind of follow-up that a failure class calls for. */
public enum ExpectedFollowUp {
    /** Something in the system that stops the failure from happening again (a guard, a limit, a check). */
    TECHNICAL_CONTROL("postmortem.narrative.followUp.technicalControl"),
    /** An alert that fires when the failure starts, before customers notice. */
    DETECTIVE_ALERT("postmortem.narrative.followUp.detectiveAlert"),
    /** What we learned, shared beyond the team that was there. */
    LEARNING_SHARED("postmortem.narrative.followUp.learningShared"),
    /** Noticing quickly when the dependency fails. */
    DETECTION("postmortem.narrative.followUp.detection"),
    /** Keeping a reduced service running while the dependency is down. */
    GRACEFUL_DEGRADATION("postmortem.narrative.followUp.gracefulDegradation");

    private final String messageKey;

    ExpectedFollowUp(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
