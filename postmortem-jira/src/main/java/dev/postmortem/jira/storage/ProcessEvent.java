package dev.postmortem.jira.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a postmortem's process. {@code actorKey} is null for events nobody did (a soak that ended).
 * {@code actionId} is the action issue an {@link ProcessEventType#ACTIONS_COMMITTED} is about (see
 * {@link #actionsCommitted}); null for the other types, and for commits recorded before the action was stored, which
 * readers that filter by action leave out. {@code detail} is free text some types carry: the reason of an
 * {@link ProcessEventType#ACTION_DROPPED}; null for the others.
 */
public record ProcessEvent(ProcessEventType type, long issueId, long projectId, Instant at, String actorKey,
        Long actionId, String detail) {

    public ProcessEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }

    /** An event with no detail. */
    public ProcessEvent(ProcessEventType type, long issueId, long projectId, Instant at, String actorKey,
            Long actionId) {
        this(type, issueId, projectId, at, actorKey, actionId, null);
    }

    /** An event about no particular action: a debrief, a soak end, an override (keyed by its action already). */
    public ProcessEvent(ProcessEventType type, long issueId, long projectId, Instant at, String actorKey) {
        this(type, issueId, projectId, at, actorKey, null);
    }

    /** The commit of {@code actionId}, recorded for the postmortem {@code postmortemId} it is linked from. */
    public static ProcessEvent actionsCommitted(long postmortemId, long projectId, Instant at, String actorKey,
            long actionId) {
        return new ProcessEvent(ProcessEventType.ACTIONS_COMMITTED, postmortemId, projectId, at, actorKey, actionId);
    }

    /**
     * {@code actionId} dropped after the soak of {@code postmortemId} by {@code actorKey}, for {@code reason} (a
     * core {@code DropReason}'s text, at most {@link ProcessEventEntity#DETAIL_MAX_CHARS} characters).
     */
    public static ProcessEvent actionDropped(long postmortemId, long projectId, Instant at, String actorKey,
            long actionId, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.length() > ProcessEventEntity.DETAIL_MAX_CHARS) {
            throw new IllegalArgumentException("a reason of at most " + ProcessEventEntity.DETAIL_MAX_CHARS
                    + " characters");
        }
        return new ProcessEvent(ProcessEventType.ACTION_DROPPED, postmortemId, projectId, at, actorKey, actionId,
                reason);
    }

    /** The event's free text, when it has one. */
    public Optional<String> detailText() {
        return Optional.ofNullable(detail);
    }

    /** The action the event is about, when one was recorded. */
    public Optional<Long> action() {
        return Optional.ofNullable(actionId);
    }
}
