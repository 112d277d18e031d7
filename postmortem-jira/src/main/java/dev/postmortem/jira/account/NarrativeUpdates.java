package dev.postmortem.jira.account;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.NarrativeJson;
import dev.postmortem.core.narrative.NarrativeValidator;
import dev.postmortem.core.narrative.Problem;
import dev.postmortem.jira.host.RestProblem;
import dev.postmortem.jira.narrative.NarrativeCheck;
import dev.postmortem.jira.narrative.PostmortemFields;
import jakarta.ws.rs.core.Response.Status;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Reads a postmortem's narrative and changes it as a user, one change at a time per postmortem across the cluster.
 * Two participants saving at once must not lose each other's account: each change takes the postmortem's narrative
 * lock, re-reads the stored value, applies only its own change, checks the result with the core and stores it through
 * Jira ({@link IssueManager#updateIssue}: change history in the user's name, the issue event that re-indexes it and
 * refreshes the narrative search text). Why a lock and not a compare-and-set: docs/adr/0024.
 */
public class NarrativeUpdates {

    static final String LOCK_PREFIX = "dev.postmortem.postmortem-jira.narrative-";
    static final String BUSY_KEY = "postmortem.jira.account.error.busy";
    static final String UNREADABLE_KEY = "postmortem.jira.account.error.unreadable";
    static final String NO_FIELD_KEY = "postmortem.jira.account.error.noField";

    private final IssueManager issueManager;
    private final PostmortemFields fields;
    private final ClusterLockService locks;
    private final Duration wait;

    public NarrativeUpdates(IssueManager issueManager, PostmortemFields fields, ClusterLockService locks,
            Duration wait) {
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.wait = Objects.requireNonNull(wait, "wait");
    }

    /** The stored narrative; empty when nothing is written; a 409 problem when the stored value does not read. */
    public Narrative read(Issue postmortem) {
        CustomField field = field();
        Object value = postmortem.getCustomFieldValue(field);
        NarrativeCheck check = NarrativeCheck.of(value == null ? null : value.toString());
        if (check.isEmpty()) {
            return Narrative.empty();
        }
        // A value written by a newer version, or damaged: never write over it (it would lose text).
        return check.narrative().orElseThrow(() -> RestProblem.of(Status.CONFLICT, UNREADABLE_KEY));
    }

    /**
     * Applies the change to the stored narrative as the user and stores the result, under the postmortem's lock.
     *
     * @return the narrative as stored
     * @throws RestProblem 409 when another change of the same postmortem holds the lock too long or the stored value
     *                     does not read; 400 with the core's problems when the result is not a valid narrative
     */
    public Narrative change(ApplicationUser user, long issueId, UnaryOperator<Narrative> change) {
        ClusterLock lock = locks.getLockForName(LOCK_PREFIX + issueId);
        boolean locked;
        try {
            locked = lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            throw RestProblem.of(Status.CONFLICT, BUSY_KEY);
        }
        try {
            // Re-read inside the lock: what another participant stored a moment ago is kept.
            MutableIssue fresh = issueManager.getIssueObject(issueId);
            if (fresh == null) {
                throw RestProblem.of(Status.CONFLICT, UNREADABLE_KEY);
            }
            Narrative changed = change.apply(read(fresh));
            List<Problem> problems = NarrativeValidator.validate(changed);
            if (!problems.isEmpty()) {
                throw new RestProblem(Status.BAD_REQUEST, problems.stream()
                        .map(p -> new RestProblem.Detail(p.messageKey(), p.args(), p.path()))
                        .toList());
            }
            fresh.setCustomFieldValue(field(), NarrativeJson.write(changed));
            issueManager.updateIssue(user, fresh, UpdateIssueRequest.builder().build());
            return changed;
        } finally {
            lock.unlock();
        }
    }

    private CustomField field() {
        return fields.narrative().orElseThrow(() -> RestProblem.of(Status.CONFLICT, NO_FIELD_KEY));
    }
}
