package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;

import java.util.Map;
import java.util.Objects;

/**
 * Workflow condition: hides a transition (e.g. "Commit") while any postmortem linked to the action is soaking or
 * has not held its debrief, unless an audited override covers it. Fails closed: when the gate cannot evaluate,
 * the transition is hidden (and the problem logged once).
 *
 * <p>Implements {@link Condition} directly rather than extending Jira's AbstractJiraCondition: the OSWorkflow
 * interface is the part of the API confirmed for Jira 11, and the issue is the {@code "issue"} transient var.
 */
public class SoakCondition implements Condition {

    static final String ISSUE_VAR = "issue";

    private final SoakGate gate;

    public SoakCondition(SoakGate gate) {
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        Object issue = transientVars == null ? null : transientVars.get(ISSUE_VAR);
        return gate.decide(issue instanceof Issue i ? i : null, args).passes();
    }
}
