package dev.postmortem.core.actions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The answer of {@link ActionLifecycle#decide}: the new state, or a translated reason for refusing. */
public sealed interface TransitionDecision {

    boolean allowed();

    /** Moving to {@code to} is allowed; {@code reason} is the stripped reason when one was given. */
    record Allowed(ActionState to, Optional<String> reason) implements TransitionDecision {
        public Allowed {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean allowed() {
            return true;
        }
    }

    /** Refused; {@code messageKey} (core bundle) with {@code args} explains why. */
    record Refused(String messageKey, List<Object> args) implements TransitionDecision {
        public Refused {
            Objects.requireNonNull(messageKey, "messageKey");
            args = List.copyOf(args);
        }

        @Override
        public boolean allowed() {
            return false;
        }
    }
}
