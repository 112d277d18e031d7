package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;

import java.util.Map;
import java.util.Objects;

/**
 * Shows the soak panel only on action issues: issues that a postmortem links to with the Postmortem action link
 * type. One link lookup per issue view. Without that link type (deleted in Jira's administration) no issue is an
 * action, so the panel shows nowhere; the log tells the administrator once ({@code PostmortemLookup}), and the
 * gate on transitions still fails closed.
 */
public class ActionIssueCondition implements Condition {

    private final SoakStatus status;
    private final SoakGate gate;

    public ActionIssueCondition(SoakStatus status, SoakGate gate) {
        this.status = Objects.requireNonNull(status, "status");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get(SoakPanelContextProvider.ISSUE_KEY) instanceof Issue issue) || issue.getId() == null) {
            return false;
        }
        return status.settings()
                .map(settings -> !gate.linkedPostmortemIds(issue, settings.linkTypeId()).isEmpty())
                .orElse(false);
    }
}
