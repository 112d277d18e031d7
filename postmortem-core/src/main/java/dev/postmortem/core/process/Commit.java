package dev.postmortem.core.process;

import java.time.Instant;
import java.util.Objects;

/**
 * One commit of an action of a postmortem.
 *
 * @param actorKey the user key of who committed it; null when none was recorded (e.g. an automation without user)
 */
public record Commit(Instant at, String actorKey) {

    public Commit {
        Objects.requireNonNull(at, "at");
    }
}
