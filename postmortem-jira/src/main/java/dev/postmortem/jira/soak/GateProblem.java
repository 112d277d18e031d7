package dev.postmortem.jira.soak;

import java.util.List;
import java.util.Objects;

/**
 * Why the soak gate cannot evaluate an issue: a misconfigured condition or validator, or a Jira object the gate
 * needs that is gone. A message key of the Jira bundle and its arguments; translated where it is shown.
 *
 * @param logDetail what an administrator needs to find the cause (e.g. the id of a linked issue that cannot be
 *                  read); written to the log only, never shown to a user, who may not be allowed to know it.
 *                  May be null
 */
public record GateProblem(String messageKey, List<Object> args, String logDetail) {

    public GateProblem {
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public GateProblem(String messageKey, List<Object> args) {
        this(messageKey, args, null);
    }

    public static GateProblem of(String messageKey, Object... args) {
        return new GateProblem(messageKey, List.of(args));
    }

    /** The same problem with a detail for the log (see {@link #logDetail()}). */
    public GateProblem withLogDetail(String detail) {
        return new GateProblem(messageKey, args, detail);
    }

    /** The same problem always has the same key, so it is logged once however often the gate meets it. */
    String logKey() {
        return logDetail == null ? messageKey + args : messageKey + args + " " + logDetail;
    }
}
