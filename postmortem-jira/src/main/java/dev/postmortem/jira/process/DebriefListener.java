package dev.postmortem.jira.process;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.soak.DebriefField;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/**
 * Records a Postmortem's debrief when it happens: on every issue event of a Postmortem issue (created, edited,
 * transitioned with a screen, moved, ...) it compares the "Debrief held at" field with the postmortem's current
 * recorded debrief and appends the difference ({@link ProcessEventLog#appendDebriefChange}):
 * <ul>
 *   <li>set, or changed to another time, or the issue moved to another project: {@link ProcessEventType#DEBRIEF_HELD}
 *       at the field's time, by the user who made the change;</li>
 *   <li>cleared, or the postmortem deleted: {@link ProcessEventType#DEBRIEF_CLEARED} at the moment it was seen, by
 *       that user (so the soak-end job records no soak end for a deleted postmortem).</li>
 * </ul>
 * Comparing with the log instead of reading the change log means any later event of the issue repairs a change the
 * listener missed (the plugin was disabled), and an edit that does not touch the field records nothing.
 *
 * <p>Cost per event: for any issue, its issue type against the Postmortem type (Jira's in-memory constants); for a
 * Postmortem issue, the field resolved once per node ({@link DebriefField}) and one indexed query on our table. Only
 * when something changed: the postmortem's cluster lock (waited for at most a couple of seconds; on timeout the
 * change is logged and left to the issue's next event) and one transaction that checks again and inserts. Other
 * issue types cost nothing more.
 *
 * <p>Data Center: Jira publishes an issue event on the node where the change happened, once; the listener keeps no
 * state, it writes to the database. Registered and unregistered by {@link ProcessEventsLauncher}.
 */
public class DebriefListener {

    private static final Logger LOG = LoggerFactory.getLogger(DebriefListener.class);

    private final ProcessEventLog log;
    private final PostmortemLookup lookup;
    private final DebriefField debriefField;
    private final Clock clock;

    public DebriefListener(ProcessEventLog log, PostmortemLookup lookup, DebriefField debriefField, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.debriefField = Objects.requireNonNull(debriefField, "debriefField");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            record(event);
        } catch (RuntimeException e) {
            // Never fail the user's issue operation for a metric; the next event of the issue repairs the record.
            Issue issue = event.getIssue();
            LOG.warn("Could not record the debrief of issue {}; the next event of the issue records it",
                    issue == null ? null : issue.getKey(), e);
        }
    }

    private void record(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null || !isPostmortem(issue)) {
            return;
        }
        Optional<CustomField> field = debriefField.resolve();
        if (field.isEmpty()) {
            return;
        }
        ApplicationUser user = event.getUser();
        String actorKey = user == null ? null : user.getKey();
        long projectId = issue.getProjectId() == null ? 0L : issue.getProjectId();
        // A deleted postmortem's debrief is over as a process: cleared, so the job records no soak end for it.
        Object value = EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())
                ? null : issue.getCustomFieldValue(field.get());
        if (value == null) {
            log.appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_CLEARED, issue.getId(), projectId,
                    clock.instant(), actorKey));
        } else if (value instanceof Date date) {
            // getTime, not toInstant: java.sql.Date.toInstant throws.
            log.appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, issue.getId(), projectId,
                    Instant.ofEpochMilli(date.getTime()), actorKey));
        } else {
            LOG.warn("The debrief field of {} holds a {}, not a date: nothing recorded", issue.getKey(),
                    value.getClass().getName());
        }
    }

    private boolean isPostmortem(Issue issue) {
        IssueType type = issue.getIssueType();
        return type != null && lookup.issueType().map(IssueType::getId).filter(type.getId()::equals).isPresent();
    }
}
