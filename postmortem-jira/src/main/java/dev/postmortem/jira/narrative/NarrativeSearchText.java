package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.Issue;
import dev.postmortem.core.narrative.NarrativeText;
import dev.postmortem.jira.storage.NarrativeTextIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the searchable text of a narrative ({@link NarrativeTextIndex}, what {@code narrativeMatches} searches) in
 * step with the value Jira stores. The text is the core's plain-text projection; a stored value that no longer reads
 * as a narrative is kept as it is, so its words are still found.
 *
 * <p>Never throws into the save: the narrative is the user's work and Jira has just written it when this runs. If the
 * search table cannot be written, the failure is logged (issue id, and the stack trace once per node) and the search
 * lags for that issue until its narrative is saved again.
 *
 * <p>Transactions (not verified against Jira 11): this runs on the thread of Jira's field save, and whether Active
 * Objects joins a database transaction Jira holds open there is Jira's wiring, not documented for plugins. If it does
 * not, a rolled-back issue update leaves the search ahead until the next save. If it does, the search text commits
 * and rolls back with the issue, but a failed write inside it can still cost the save despite the catch: PostgreSQL
 * aborts the whole transaction after a failed statement, and a nested SAL transaction that fails marks the outer one
 * for rollback. A write after Jira's commit (from the issue event) avoids both.
 */
public class NarrativeSearchText {

    private static final Logger LOG = LoggerFactory.getLogger(NarrativeSearchText.class);

    private final NarrativeTextIndex index;
    private final Clock clock;
    private final AtomicBoolean stackTraceLogged = new AtomicBoolean();

    public NarrativeSearchText(NarrativeTextIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /** The issue's narrative is now {@code storedJson}; null or blank means it was cleared. */
    public void stored(Issue issue, String storedJson) {
        Long issueId = issue == null ? null : issue.getId();
        if (issueId == null) {
            return;
        }
        try {
            if (storedJson == null || storedJson.isBlank()) {
                index.remove(issueId);
            } else {
                index.put(issueId, plainText(storedJson), clock.instant());
            }
        } catch (RuntimeException e) {
            logFailure("The narrative of issue {} is saved, but its search text could not be updated;"
                    + " narrativeMatches() lags for it until the narrative is saved again", issueId, e);
        }
    }

    /**
     * The issue was deleted: its search text goes too, so the deleted narrative's words (people's names, their
     * accounts) do not stay in the plugin's table. Jira deletes field values without calling the field type, so
     * {@link NarrativeSearchCleanup} calls this from the issue-deleted event. A failure is logged, never thrown.
     */
    public void deleted(Issue issue) {
        Long issueId = issue == null ? null : issue.getId();
        if (issueId == null) {
            return;
        }
        try {
            index.remove(issueId);
        } catch (RuntimeException e) {
            logFailure("The search text of deleted issue {} could not be removed; it stays in the table (it matches"
                    + " no issue)", issueId, e);
        }
    }

    static String plainText(String storedJson) {
        return NarrativeCheck.of(storedJson).narrative().map(NarrativeText::plainText).orElse(storedJson);
    }

    private void logFailure(String message, long issueId, RuntimeException e) {
        if (stackTraceLogged.compareAndSet(false, true)) {
            LOG.warn(message + " (stack trace logged once per node)", issueId, e);
        } else {
            LOG.warn(message + ": {}", issueId, e.toString());
        }
    }
}
