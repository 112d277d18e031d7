package dev.postmortem.jira.decision;

import java.util.List;
import java.util.Objects;

/**
 * The decide view of one postmortem for one viewer: the served JSON ({@code GET /decision/{key}}) and the model of
 * the panel section. Texts are translated and dates formatted for the viewer; Jira's Velocity and the script escape
 * every value. Getters are for Velocity (atlassian-plugin.xml allowlist) and Jackson.
 *
 * @param soakEnded      whether the decision point has come
 * @param soakEndedAt    when it came, formatted; empty before
 * @param reminderDueAt  when undecided actions become overdue, formatted; empty before the soak ended
 * @param canDecide      whether the viewer gets controls (the owner and project admins)
 * @param dropReady      whether the project picked its "not doing" resolution (drop is refused without it)
 * @param reasonMaxChars the longest reason accepted
 * @param awaiting       actions awaiting a decision, in link order
 * @param decided        actions decided since the soak ended (recorded in the log), in link order
 */
public record DecideView(String postmortemKey, boolean soakEnded, String soakEndedAt, String reminderDueAt,
        boolean canDecide, boolean dropReady, int reasonMaxChars, List<DecideRow> awaiting, List<DecideRow> decided) {

    public DecideView {
        Objects.requireNonNull(postmortemKey, "postmortemKey");
        awaiting = List.copyOf(awaiting);
        decided = List.copyOf(decided);
    }

    /** Overdue actions: awaiting ones past the reminder due date. */
    public List<DecideRow> getOverdue() {
        return awaiting.stream().filter(DecideRow::overdue).toList();
    }

    public boolean isAnyOverdue() {
        return awaiting.stream().anyMatch(DecideRow::overdue);
    }

    public boolean isAnyAwaiting() {
        return !awaiting.isEmpty();
    }

    public boolean isAnyDecided() {
        return !decided.isEmpty();
    }

    public String getPostmortemKey() {
        return postmortemKey;
    }

    public boolean isSoakEnded() {
        return soakEnded;
    }

    public String getSoakEndedAt() {
        return soakEndedAt;
    }

    public String getReminderDueAt() {
        return reminderDueAt;
    }

    public boolean isCanDecide() {
        return canDecide;
    }

    public boolean isDropReady() {
        return dropReady;
    }

    public int getReasonMaxChars() {
        return reasonMaxChars;
    }

    public List<DecideRow> getAwaiting() {
        return awaiting;
    }

    public List<DecideRow> getDecided() {
        return decided;
    }
}
