package dev.postmortem.core.narrative;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link NarrativeJson#parse(String)}: either a narrative or a non-empty list of problems,
 * never both. A parsed narrative has not been validated yet: run {@link NarrativeValidator} on it.
 */
public final class NarrativeParseResult {

    private final Narrative narrative;
    private final List<Problem> problems;

    private NarrativeParseResult(Narrative narrative, List<Problem> problems) {
        this.narrative = narrative;
        this.problems = problems;
    }

    public static NarrativeParseResult parsed(Narrative narrative) {
        return new NarrativeParseResult(Objects.requireNonNull(narrative, "narrative"), List.of());
    }

    public static NarrativeParseResult rejected(List<Problem> problems) {
        List<Problem> copy = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a rejected parse needs at least one problem");
        }
        return new NarrativeParseResult(null, copy);
    }

    public boolean isParsed() {
        return narrative != null;
    }

    /** The narrative, present exactly when {@link #isParsed()}. */
    public Optional<Narrative> narrative() {
        return Optional.ofNullable(narrative);
    }

    /** The problems; empty exactly when {@link #isParsed()}. */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NarrativeParseResult that
                && Objects.equals(narrative, that.narrative)
                && problems.equals(that.problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(narrative, problems);
    }

    @Override
    public String toString() {
        return isParsed() ? "NarrativeParseResult[parsed]" : "NarrativeParseResult" + problems;
    }
}
