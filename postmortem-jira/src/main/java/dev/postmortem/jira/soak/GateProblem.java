package dev.postmortem.jira.soak;

import java.util.List;
import java.util.Objects;

/**
 * Why the soak gate cannot evaluate an issue: a misconfigured condition or validator, or a Jira object the gate
 * needs that is gone. A message key of the Jira bundle and its arguments; translated where it is shown.
 */
public record GateProblem(String messageKey, List<Object> args) {

    public GateProblem {
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static GateProblem of(String messageKey, Object... args) {
        return new GateProblem(messageKey, List.of(args));
    }

    /** The same problem always has the same key, so it is logged once however often the gate meets it. */
    String logKey() {
        return messageKey + args;
    }
}
