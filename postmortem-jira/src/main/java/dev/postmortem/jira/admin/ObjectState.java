package dev.postmortem.jira.admin;

import dev.postmortem.jira.setup.StepResult;

/**
 * The state of one thing setup manages, as the page shows it: what a look at Jira says now, or what a setup run
 * just did. Each has its message key and the AUI lozenge Jira's own admin pages use for it.
 */
public enum ObjectState {
    /** There, under the name setup gave it. */
    IN_PLACE("postmortem.jira.admin.state.inPlace", "aui-lozenge-success"),
    /** There, but an administrator renamed it; setup keeps using it (it is found by id). */
    RENAMED("postmortem.jira.admin.state.renamed", "aui-lozenge-complete"),
    /** Setup has not created or adopted it yet. */
    MISSING("postmortem.jira.admin.state.missing", "aui-lozenge-error"),
    /** Setup created it, and it has been deleted since. */
    DELETED("postmortem.jira.admin.state.deleted", "aui-lozenge-error"),
    /** A setup run just created it. */
    CREATED("postmortem.jira.admin.state.created", "aui-lozenge-success"),
    /** A setup run just replaced a deleted one or added what was missing. */
    REPAIRED("postmortem.jira.admin.state.repaired", "aui-lozenge-complete"),
    /** There, but not as the app needs it: an administrator must change it. */
    ATTENTION("postmortem.jira.admin.state.attention", "aui-lozenge-moved"),
    /** A setup run could not do its work. */
    FAILED("postmortem.jira.admin.state.failed", "aui-lozenge-error");

    private final String messageKey;
    private final String lozenge;

    ObjectState(String messageKey, String lozenge) {
        this.messageKey = messageKey;
        this.lozenge = lozenge;
    }

    public String messageKey() {
        return messageKey;
    }

    public String lozenge() {
        return lozenge;
    }

    /** What a setup run's result is called on the page. */
    static ObjectState of(StepResult.Outcome outcome) {
        return switch (outcome) {
            case CREATED -> CREATED;
            case REPAIRED -> REPAIRED;
            case UNCHANGED -> IN_PLACE;
            case ATTENTION -> ATTENTION;
            case FAILED -> FAILED;
        };
    }
}
