package dev.postmortem.jira.narrative;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.sal.api.lifecycle.LifecycleAware;

import java.util.Objects;

/**
 * Removes a deleted issue's narrative search text ({@link NarrativeSearchText#deleted}). Jira deletes custom field
 * values without calling the field type, so without this the text of a deleted postmortem, with the names and
 * accounts in it, would stay in the plugin's table for good and keep places among the newest matches.
 *
 * <p>Listens to Jira's issue events; only the issue-deleted event costs anything (one indexed delete). Jira publishes
 * it on the node where the issue was deleted, once; nothing is kept on the node. An issue deleted without that event
 * (possibly when Jira deletes a whole project; not verified) keeps its text, which matches no issue. Registered on
 * start and unregistered on stop: SAL calls this {@code LifecycleAware} (exported in postmortem-narrative.xml).
 */
public class NarrativeSearchCleanup implements LifecycleAware {

    private final EventPublisher eventPublisher;
    private final NarrativeSearchText searchText;

    public NarrativeSearchCleanup(EventPublisher eventPublisher, NarrativeSearchText searchText) {
        this.eventPublisher = Objects.requireNonNull(eventPublisher, "eventPublisher");
        this.searchText = Objects.requireNonNull(searchText, "searchText");
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
        if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            searchText.deleted(event.getIssue());
        }
    }
}
