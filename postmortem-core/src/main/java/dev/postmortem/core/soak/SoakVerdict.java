package dev.postmortem.core.soak;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The soak clock's answer for one action. Each verdict carries an i18n key (core bundle) and its arguments;
 * {@link Instant} arguments are left as instants for the adapter to format in the viewer's zone and locale.
 */
public sealed interface SoakVerdict {

    /** Whether the action may move to COMMITTED now. */
    boolean committable();

    String messageKey();

    List<Object> messageArgs();

    /** Every linked postmortem has had its debrief and the longest soak has passed. */
    record Committable() implements SoakVerdict {
        @Override
        public boolean committable() {
            return true;
        }

        @Override
        public String messageKey() {
            return "postmortem.soak.verdict.committable";
        }

        @Override
        public List<Object> messageArgs() {
            return List.of();
        }
    }

    /** An audited override lets the action be committed regardless of soak. Args: user key, reason, instant. */
    record Overridden(SoakOverride override) implements SoakVerdict {
        public Overridden {
            Objects.requireNonNull(override, "override");
        }

        @Override
        public boolean committable() {
            return true;
        }

        @Override
        public String messageKey() {
            return "postmortem.soak.verdict.overridden";
        }

        @Override
        public List<Object> messageArgs() {
            return List.of(override.byUserKey(), override.reason(), override.at());
        }
    }

    /** Still soaking until {@code until}; {@code heldByKey} is the postmortem whose soak ends last. Args: until, key. */
    record Soaking(Instant until, String heldByKey) implements SoakVerdict {
        public Soaking {
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(heldByKey, "heldByKey");
        }

        @Override
        public boolean committable() {
            return false;
        }

        @Override
        public String messageKey() {
            return "postmortem.soak.verdict.soaking";
        }

        @Override
        public List<Object> messageArgs() {
            return List.of(until, heldByKey);
        }
    }

    /** These linked postmortems have not held their debrief yet. Args: the keys joined by ", ", the count. */
    record AwaitingDebrief(List<String> postmortemKeys) implements SoakVerdict {
        public AwaitingDebrief {
            postmortemKeys = List.copyOf(postmortemKeys);
            if (postmortemKeys.isEmpty()) {
                throw new IllegalArgumentException("postmortemKeys must not be empty");
            }
        }

        @Override
        public boolean committable() {
            return false;
        }

        @Override
        public String messageKey() {
            return "postmortem.soak.verdict.awaitingDebrief";
        }

        @Override
        public List<Object> messageArgs() {
            return List.of(String.join(", ", postmortemKeys), postmortemKeys.size());
        }
    }

    /**
     * No postmortem is linked, so soak has nothing to measure. {@link #committable()} is false here as the
     * conservative reading, but the caller decides ({@link SoakGateRule}): a workflow may allow actions that came
     * from no incident.
     */
    record NoLinkedPostmortem() implements SoakVerdict {
        @Override
        public boolean committable() {
            return false;
        }

        @Override
        public String messageKey() {
            return "postmortem.soak.verdict.noLinkedPostmortem";
        }

        @Override
        public List<Object> messageArgs() {
            return List.of();
        }
    }
}
