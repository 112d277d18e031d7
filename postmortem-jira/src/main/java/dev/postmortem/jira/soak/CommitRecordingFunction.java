package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Workflow post-function for the transition that commits an action (the one the soak gate guards). For every
 * postmortem linked to the action by the Postmortem action link type it records, keyed by the postmortem, so that
 * one postmortem's events read as its process (idea 4):
 * <ul>
 *   <li>{@link ProcessEventType#ACTIONS_COMMITTED}: now (the clock), by the user who ran the transition, naming
 *       the committed action (so the process view can leave out actions a viewer may not browse). This
 *       post-function is its only writer.</li>
 *   <li>as a fallback, {@link ProcessEventType#DEBRIEF_HELD} at the "Debrief held at" time, only when that differs
 *       from the postmortem's current recorded debrief ({@link ProcessEventLog#appendDebriefChange}; normally the
 *       issue-event listener, process.DebriefListener, has recorded it already and nothing is written);</li>
 *   <li>as a fallback, {@link ProcessEventType#SOAK_ENDED} at the end of the soak by the postmortem's project policy
 *       (as the summary shows it) when that end has passed, only if none is recorded for the current debrief
 *       ({@link ProcessEventLog#appendSoakEnd}; normally the scheduled job, process.SoakEndJob, has recorded it).
 *       A commit by override before then records none.</li>
 * </ul>
 * Both fallbacks go through the same storage rules as the listener and the job, so a debrief or soak end is never
 * recorded twice (the log serialises one postmortem's writes across nodes; see ProcessEventLog). A
 * post-function runs only once the transition has passed its conditions and validators, so ACTIONS_COMMITTED means
 * the commit happened.
 *
 * <p>Implements OSWorkflow's {@link FunctionProvider} directly (the interface confirmed for Jira 11) rather than
 * extending AbstractJiraFunctionProvider; the issue is the {@code "issue"} transient var, as for the condition.
 */
public class CommitRecordingFunction implements FunctionProvider {

    private final ProcessEventLog processEventLog;
    private final IssueLinkManager issueLinkManager;
    private final PostmortemLookup postmortemLookup;
    private final DebriefField debriefField;
    private final SoakRecords records;
    private final JiraAuthenticationContext authenticationContext;
    private final Clock clock;

    public CommitRecordingFunction(ProcessEventLog processEventLog, IssueLinkManager issueLinkManager,
            PostmortemLookup postmortemLookup, DebriefField debriefField, SoakRecords records,
            JiraAuthenticationContext authenticationContext, Clock clock) {
        this.processEventLog = Objects.requireNonNull(processEventLog, "processEventLog");
        this.issueLinkManager = Objects.requireNonNull(issueLinkManager, "issueLinkManager");
        this.postmortemLookup = Objects.requireNonNull(postmortemLookup, "postmortemLookup");
        this.debriefField = Objects.requireNonNull(debriefField, "debriefField");
        this.records = Objects.requireNonNull(records, "records");
        this.authenticationContext = Objects.requireNonNull(authenticationContext, "authenticationContext");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) {
        Object value = transientVars == null ? null : transientVars.get(SoakCondition.ISSUE_VAR);
        Optional<Long> linkTypeId = postmortemLookup.actionLinkType().map(IssueLinkType::getId);
        if (!(value instanceof Issue action) || action.getId() == null || linkTypeId.isEmpty()) {
            // A create transition has no stored issue yet; without the link type no postmortem can be found.
            return;
        }
        Instant now = clock.instant();
        ApplicationUser user = authenticationContext.getLoggedInUser();
        String actorKey = user == null ? null : user.getKey();
        Optional<CustomField> heldAtField = debriefField.resolve();
        Set<Long> seen = new HashSet<>();
        for (IssueLink link : issueLinkManager.getInwardLinks(action.getId())) {
            Issue postmortem = link.getSourceObject();
            if (!Objects.equals(link.getLinkTypeId(), linkTypeId.get()) || postmortem == null
                    || postmortem.getId() == null || !seen.add(postmortem.getId())) {
                continue;
            }
            long projectId = postmortem.getProjectId() == null ? 0L : postmortem.getProjectId();
            processEventLog.append(ProcessEvent.actionsCommitted(postmortem.getId(), projectId, now, actorKey,
                    action.getId()));
            Optional<Instant> heldAt = heldAtField.map(postmortem::getCustomFieldValue)
                    .filter(Date.class::isInstance)
                    // getTime, not toInstant: java.sql.Date.toInstant throws.
                    .map(date -> Instant.ofEpochMilli(((Date) date).getTime()));
            if (heldAt.isEmpty()) {
                continue;
            }
            // Who set the time is not known here (the listener records that): no actor.
            ProcessEvent debrief = new ProcessEvent(ProcessEventType.DEBRIEF_HELD, postmortem.getId(), projectId,
                    heldAt.get(), null);
            processEventLog.appendDebriefChange(debrief);
            Instant soakEnd = records.policyFor(projectId).soakEndsAt(heldAt.get());
            if (!soakEnd.isAfter(now)) {
                processEventLog.appendSoakEnd(debrief, soakEnd);
            }
        }
    }
}
