package dev.postmortem.jira.soak;

import dev.postmortem.core.soak.SoakVerdict;

import java.util.Objects;

/** What the soak gate decided for one issue: a verdict of the core soak clock, or that it could not evaluate. */
public sealed interface GateDecision permits GateDecision.Evaluated, GateDecision.CannotEvaluate {

    /** Whether the transition may go ahead. */
    boolean passes();

    /**
     * The soak clock's verdict. {@code passes} differs from {@code verdict.committable()} only for
     * {@link SoakVerdict.NoLinkedPostmortem}, which passes when the configuration allows it.
     */
    record Evaluated(SoakVerdict verdict, boolean passes) implements GateDecision {
        public Evaluated {
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /** The gate fails closed: the transition is hidden (condition) or refused (validator). */
    record CannotEvaluate(GateProblem problem) implements GateDecision {
        public CannotEvaluate {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public boolean passes() {
            return false;
        }
    }
}
