package dev.postmortem.jira.summary;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import dev.postmortem.jira.host.CallerAccess;

import java.util.Map;

/** Shows the summary panel on postmortem issues only (the issue view puts the issue in the context as "issue"). */
public class PostmortemIssueCondition implements Condition {

    private final CallerAccess access;

    public PostmortemIssueCondition(CallerAccess access) {
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && access.isPostmortem(issue);
    }
}
