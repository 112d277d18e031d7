package dev.postmortem.jira.narrative;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.postmortem.jira.setup.PostmortemLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the text {@code narrativeMatches} searches ({@link NarrativeSearchText}) in step with the "Debrief narrative"
 * field, from Jira's issue events, that is once Jira has stored the change, not while it stores the field. On every
 * issue event:
 * <ul>
 *   <li>issue deleted (of any type): its text is removed, so the deleted narrative's words (people's names, their
 *       accounts) do not stay in the plugin's table; Jira deletes field values without calling the field type;</li>
 *   <li>any other event of a Postmortem issue: the field's value is read from the event's issue and its plain-text
 *       projection stored; no value (or a blank one) removes the entry. A projection equal to the stored text writes
 *       nothing, so a comment, a transition or an edit of another field costs a read and no write;</li>
 *   <li>any other event of another issue type: nothing.</li>
 * </ul>
 *
 * <p>Cost per event: for any issue, its issue type against the Postmortem type (Jira's in-memory constants). For a
 * Postmortem issue in addition: the field, by the id setup remembered ({@link PostmortemFields#narrative()}); Jira's read of its value;
 * the projection (the JSON parsed in memory); and one transaction on our table: one indexed read of the issue's entry
 * with its text, plus a write only when the text is new or changed. An issue deletion costs one indexed read (and a
 * delete when there was an entry).
 *
 * <p><b>Why here and not in the field type.</b> Writing from the field type's {@code createValue}/{@code updateValue}
 * runs inside Jira's field save. If Active Objects shared Jira's database transaction there, a failed statement of
 * ours (PostgreSQL then aborts the whole transaction) or a nested transaction marked rollback-only would cost the
 * user's save, whatever our catch did.
 *
 * <p><b>Is the event published after Jira's commit? Not confirmed for Jira 11.</b> Atlassian's developer documentation
 * and javadoc found ({@code IssueEvent}, {@code IssueEventManager.dispatchEvent(IssueEventBundle)}, the listener pages)
 * do not say. The public request to document exactly this (is an issue event raised inside a transaction, is that
 * transaction committed) was closed as obsolete without an answer: JRASERVER-40596
 * (https://jira.atlassian.com/browse/JRASERVER-40596; its duplicate JRASERVER-31733 asked to run all issue event
 * listeners inside the transaction that writes the issue). What was found is older source, not documentation: in a copy
 * of Jira 6.4's {@code DefaultIssueUpdater} (GitHub, turgaycelik/mysource) an edit commits its transaction, reads the
 * issue back from the database and then dispatches the event on the same thread, and {@code DefaultIssueEventManager}
 * publishes it at once. A workflow transition runs as one transaction since Jira 7 (a "rollback previously requested by
 * nested transaction" report: https://bitbucket.org/fcarmario/jira-workflow-toolbox/issues/248), so the event of a
 * transition may be published inside it. There the old risk remains only for a transition whose screen changed the
 * narrative (an unchanged text is only read), and only if Active Objects shares that transaction (also not documented).
 *
 * <p><b>Changes without an issue event.</b> In the same source copy Jira publishes no issue event at all while
 * notifications are disabled ({@code ImportUtils}), which some imports do; a change stored with Jira's option not to
 * dispatch an event (some apps and scripts), or written to the database directly, fires none either. Such a
 * narrative, like one stored before this version of the plugin, is searchable after its next issue event (any edit,
 * comment or transition). An issue whose type is changed from Postmortem to another type keeps its text until it is
 * deleted or becomes a Postmortem again: events of other issue types are not read.
 *
 * <p>Failures are logged (the issue, the stack trace once per node, then one line each) and never thrown: the event
 * reports the user's change, which must not fail for the search, and the next event of the issue repairs the text,
 * since the stored text is compared, not trusted.
 *
 * <p>Data Center: Jira publishes an issue event on the node where the change happened, once; the only state kept is
 * the field's id and the logged-once flag. Registered on start and unregistered on stop: SAL calls this
 * {@code LifecycleAware} (exported in postmortem-narrative.xml).
 */
public class NarrativeSearchListener implements LifecycleAware {

    private final EventPublisher eventPublisher;
    private final NarrativeSearchText searchText;
    private final PostmortemLookup lookup;
    private final PostmortemFields fields;
    private final Logger log;
    private final AtomicBoolean stackTraceLogged = new AtomicBoolean();

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
        if (stackTraceLogged.compareAndSet(false, true)) {
            log.warn(message + " (stack trace logged once per node)", key, e);
        } else {
            log.warn(message + ": {}", key, e.toString());
        }
    }
}
