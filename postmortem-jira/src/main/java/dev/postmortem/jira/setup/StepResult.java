package dev.postmortem.jira.setup;

import java.util.List;
import java.util.Objects;

/**
 * What a setup step did, as a message key with arguments (translated when logged, never English in code).
 */
public record StepResult(Outcome outcome, String messageKey, List<String> args) {

    public enum Outcome {
        /** The thing was missing and has been created. */
        CREATED,
        /** The thing existed in part and the missing part has been added. */
        REPAIRED,
        /** The thing was already there as needed; nothing was written. */
        UNCHANGED,
        /** The thing exists but not as the app needs it, and setup must not change it on its own: an admin should. */
        ATTENTION,
        /** The step could not do its work; it is tried again on the next start. */
        FAILED
    }

    public StepResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static StepResult created(String messageKey, String... args) {
        return new StepResult(Outcome.CREATED, messageKey, List.of(args));
    }

    public static StepResult repaired(String messageKey, String... args) {
        return new StepResult(Outcome.REPAIRED, messageKey, List.of(args));
    }

    public static StepResult unchanged(String messageKey, String... args) {
        return new StepResult(Outcome.UNCHANGED, messageKey, List.of(args));
    }

    public static StepResult attention(String messageKey, String... args) {
        return new StepResult(Outcome.ATTENTION, messageKey, List.of(args));
    }

    public static StepResult failed(String messageKey, String... args) {
        return new StepResult(Outcome.FAILED, messageKey, List.of(args));
    }

    /** Whether the step ends with the object in place (created or already there), its name and id as arguments. */
    public boolean found() {
        return outcome == Outcome.CREATED || outcome == Outcome.UNCHANGED;
    }

    public boolean changedSomething() {
        return outcome == Outcome.CREATED || outcome == Outcome.REPAIRED;
    }
}
