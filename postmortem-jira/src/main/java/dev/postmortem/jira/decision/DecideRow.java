package dev.postmortem.jira.decision;

import java.util.List;

/**
 * One action of the {@link DecideView}.
 *
 * @param proposer   display name of its reporter (who proposed it)
 * @param assignee   display name of its assignee; empty when unassigned
 * @param state      its state as a translated word
 * @param decision   the recorded decision as a translated phrase with its date; empty when none
 * @param dropReason the recorded drop reason; empty unless dropped
 * @param choices    what the viewer may choose: COMMIT, DROP, KEEP; empty when they only read
 */
public record DecideRow(long id, String key, String summary, String url, String proposer, String assignee,
        String state, String decision, String dropReason, boolean overdue, List<String> choices) {

    public DecideRow {
        choices = List.copyOf(choices);
    }

    public long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getSummary() {
        return summary;
    }

    public String getUrl() {
        return url;
    }

    public String getProposer() {
        return proposer;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getState() {
        return state;
    }

    public String getDecision() {
        return decision;
    }

    public String getDropReason() {
        return dropReason;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public List<String> getChoices() {
        return choices;
    }
}
