package dev.postmortem.jira.narrative;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.postmortem.jira.host.OncePerNode;
import dev.postmortem.jira.host.PostmortemLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the text {@code narrativeMatches} searches ({@link NarrativeSearchText}) in step with the "Debrief narrative"
 * field, from Jira's issue events, once Jira has stored the change, not while it stores the field. On every issue
 * event:
 * <ul>
 *   <li>issue deleted (of any type): its text is removed;</li>
 *   <li>any other event of a Postmortem issue: the field's plain-text projection is stored if it differs from the
 *       stored text; no (or a blank) value removes the entry;</li>
 *   <li>any other event of another issue type: nothing (an in-memory type check).</li>
 * </ul>
 * Failures are logged (the stack trace once per node, then one line each) and never thrown; the next event of the issue
 * repairs the text. Why not in the field type, whether events follow Jira's commit, and which changes send no event:
 * docs/adr/0010-narrative-text-from-issue-events.md. Registered on start and unregistered on stop: SAL calls this
 * {@code LifecycleAware} (exported in postmortem-narrative.xml).
 */
public class NarrativeSearchListener implements LifecycleAware {

    private final EventPublisher eventPublisher;
    private final NarrativeSearchText searchText;
    private final PostmortemLookup lookup;
    private final PostmortemFields fields;
    private final Logger log;
    private final OncePerNode stackTraces = new OncePerNode();

    public NarrativeSearchListener(EventPublisher eventPublisher, NarrativeSearchText searchText,
            PostmortemLookup lookup, PostmortemFields fields) {
        this(eventPublisher, searchText, lookup, fields,
                LoggerFactory.getLogger(NarrativeSearchListener.class));
    }

    /** With the logger given, so that a test can see what is logged. */
    NarrativeSearchListener(EventPublisher eventPublisher, NarrativeSearchText searchText, PostmortemLookup lookup,
            PostmortemFields fields, Logger log) {
        this.eventPublisher = Objects.requireNonNull(eventPublisher, "eventPublisher");
        this.searchText = Objects.requireNonNull(searchText, "searchText");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public void onStart() {
        eventPublisher.register(this);
    }

    @Override
    public void onStop() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        Long issueId = issue == null ? null : issue.getId();
        if (issueId == null) {
            return;
        }
        boolean deleted = EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId());
        try {
            if (deleted) {
                searchText.deleted(issueId);
            } else {
                update(issue, issueId);
            }
        } catch (RuntimeException e) {
            logFailure(deleted
                    ? "The search text of deleted issue {} could not be removed; it stays in the table (it matches"
                            + " no issue)"
                    : "The search text of issue {} could not be updated; narrativeMatches() lags for it until the"
                            + " issue's next event", issue, e);
        }
    }

    private void update(Issue issue, long issueId) {
        if (!isPostmortem(issue)) {
            return;
        }
        Optional<CustomField> field = fields.narrative();
        if (field.isEmpty()) {
            return;
        }
        Object value = issue.getCustomFieldValue(field.get());
        searchText.stored(issueId, value == null ? null : value.toString());
    }

    private boolean isPostmortem(Issue issue) {
        IssueType type = issue.getIssueType();
        return type != null && lookup.issueType().map(IssueType::getId).filter(type.getId()::equals).isPresent();
    }

    private void logFailure(String message, Issue issue, RuntimeException e) {
        String key = issue.getKey() == null ? String.valueOf(issue.getId()) : issue.getKey();
        if (stackTraces.first("failure")) {
            log.warn(message + " (stack trace logged once per node)", key, e);
        } else {
            log.warn(message + ": {}", key, e.toString());
        }
    }
}
