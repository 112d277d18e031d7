package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import dev.postmortem.core.soak.SoakVerdict;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What the soak gate decided for one issue: a verdict of the core soak clock, or that it could not evaluate. */
public sealed interface GateDecision permits GateDecision.Evaluated, GateDecision.CannotEvaluate {

    /** Whether the transition may go ahead. */
    boolean passes();

    /**
     * The linked postmortems the gate read, by key, as the links carried them: whoever shows the decision checks
     * with these whether the viewer may see a postmortem before naming it. Not part of the decision itself.
     */
    Map<String, Issue> postmortems();

    /**
     * The soak clock's verdict and whether the gate lets it pass (the core's {@code SoakGateRule}): that differs from
     * {@code verdict.committable()} only for {@link SoakVerdict.NoLinkedPostmortem}, which passes when the
     * configuration allows it.
     */
    record Evaluated(SoakVerdict verdict, boolean passes, Map<String, Issue> postmortems) implements GateDecision {
        public Evaluated {
            Objects.requireNonNull(verdict, "verdict");
            postmortems = copy(postmortems);
        }

        public Evaluated(SoakVerdict verdict, boolean passes) {
            this(verdict, passes, Map.of());
        }
    }

    /**
     * The gate fails closed: the transition is hidden (condition) or refused (validator). {@code postmortems}: the
     * postmortems the problem names (e.g. the one whose debrief value is not a date).
     */
    record CannotEvaluate(GateProblem problem, Map<String, Issue> postmortems) implements GateDecision {
        public CannotEvaluate {
            Objects.requireNonNull(problem, "problem");
            postmortems = copy(postmortems);
        }

        public CannotEvaluate(GateProblem problem) {
            this(problem, Map.of());
        }

        @Override
        public boolean passes() {
            return false;
        }
    }

    /** Insertion order kept (the order the links came in); unmodifiable. */
    private static Map<String, Issue> copy(Map<String, Issue> postmortems) {
        return postmortems == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(postmortems));
    }
}
