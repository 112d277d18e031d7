package dev.postmortem.jira.storage;

import java.time.Instant;
import java.util.Objects;

/** One step of a postmortem's process. {@code actorKey} is null for events nobody did (a soak that ended). */
public record ProcessEvent(ProcessEventType type, long issueId, long projectId, Instant at, String actorKey) {

    public ProcessEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }
}
