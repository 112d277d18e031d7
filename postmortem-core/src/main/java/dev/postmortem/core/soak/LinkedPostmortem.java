package dev.postmortem.core.soak;

import dev.postmortem.core.InvalidInput;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A postmortem linked to an action, and when its debrief was held (empty while it has not been held). */
public record LinkedPostmortem(String issueKey, Optional<Instant> debriefHeldAt) {

    public LinkedPostmortem {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(debriefHeldAt, "debriefHeldAt");
        if (issueKey.isBlank()) {
            throw new InvalidInput("postmortem.soak.linked.keyRequired");
        }
    }

    public static LinkedPostmortem debriefed(String issueKey, Instant debriefHeldAt) {
        return new LinkedPostmortem(issueKey, Optional.of(Objects.requireNonNull(debriefHeldAt, "debriefHeldAt")));
    }

    public static LinkedPostmortem awaitingDebrief(String issueKey) {
        return new LinkedPostmortem(issueKey, Optional.empty());
    }
}
