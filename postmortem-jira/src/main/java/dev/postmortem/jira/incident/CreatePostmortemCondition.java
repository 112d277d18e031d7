package dev.postmortem.jira.incident;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import dev.postmortem.jira.host.CallerAccess;

import java.util.Map;

/**
 * Shows "Create postmortem" on issues that are not postmortems, to logged-in users, while the feature's host
 * services are there. Whether the user may create issues somewhere is checked when the form opens (the answer
 * needs every project's permissions, too slow for every issue view).
 */
public class CreatePostmortemCondition implements Condition {

    private final CallerAccess access;
    private final IncidentPostmortems postmortems;

    public CreatePostmortemCondition(CallerAccess access, IncidentPostmortems postmortems) {
        this.access = access;
        this.postmortems = postmortems;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && access.caller() != null && postmortems.isOn()
                && !access.isPostmortem(issue);
    }
}
