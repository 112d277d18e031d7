package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;

import java.util.Map;
import java.util.Objects;

/**
 * Shows the soak panel only on action issues: issues that a postmortem links to with the Postmortem action link
 * type. One link lookup per issue view. When that link type is missing the panel shows, so that the panel can
 * say the gate cannot evaluate instead of silently disappearing.
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
                .orElse(true);
    }
}
