package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Workflow post-function for the transition that commits an action (the one the soak gate guards): records an
 * {@link ProcessEventType#ACTIONS_COMMITTED} process event for the action, by the user who ran the transition, at
 * the clock's time. A post-function runs only once the transition has passed its conditions and validators, so the
 * event means the commit happened, not that it was attempted. Idea 4's metrics read it with the OVERRIDE events.
 *
 * <p>Implements OSWorkflow's {@link FunctionProvider} directly (the interface confirmed for Jira 11) rather than
 * extending AbstractJiraFunctionProvider; the issue is the {@code "issue"} transient var, as for the condition.
 */
public class CommitRecordingFunction implements FunctionProvider {

    private final ProcessEventLog processEventLog;
    private final JiraAuthenticationContext authenticationContext;
    private final Clock clock;

    public CommitRecordingFunction(ProcessEventLog processEventLog, JiraAuthenticationContext authenticationContext,
            Clock clock) {
        this.processEventLog = Objects.requireNonNull(processEventLog, "processEventLog");
        this.authenticationContext = Objects.requireNonNull(authenticationContext, "authenticationContext");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) {
        Object value = transientVars == null ? null : transientVars.get(SoakCondition.ISSUE_VAR);
        if (!(value instanceof Issue action) || action.getId() == null) {
            // A create transition has no stored issue yet: nothing was committed.
            return;
        }
        ApplicationUser user = authenticationContext.getLoggedInUser();
        processEventLog.append(new ProcessEvent(ProcessEventType.ACTIONS_COMMITTED, action.getId(),
                action.getProjectId() == null ? 0L : action.getProjectId(), clock.instant(),
                user == null ? null : user.getKey()));
    }
}
