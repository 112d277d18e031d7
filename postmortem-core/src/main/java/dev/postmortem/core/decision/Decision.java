package dev.postmortem.core.decision;

import java.util.Objects;
import java.util.Optional;

/**
 * A valid decision for one proposed action: a {@link DropReason} exactly when the choice is {@link Choice#DROP}.
 *
 * @param actionId the host's id of the action (Jira: the issue id)
 */
public record Decision(long actionId, Choice choice, DropReason reason) {

    public Decision {
        Objects.requireNonNull(choice, "choice");
        if ((choice == Choice.DROP) != (reason != null)) {
            throw new IllegalArgumentException("a reason exactly when the choice is DROP");
        }
    }

    public static Decision commit(long actionId) {
        return new Decision(actionId, Choice.COMMIT, null);
    }

    public static Decision drop(long actionId, DropReason reason) {
        return new Decision(actionId, Choice.DROP, Objects.requireNonNull(reason, "reason"));
    }

    public static Decision keep(long actionId) {
        return new Decision(actionId, Choice.KEEP, null);
    }

    /** The reason of a drop; empty for commit and keep. */
    public Optional<DropReason> dropReason() {
        return Optional.ofNullable(reason);
    }
}
