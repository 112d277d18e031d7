package dev.postmortem.jira.narrative;

import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.NarrativeJson;
import dev.postmortem.core.narrative.NarrativeParseResult;
import dev.postmortem.core.narrative.NarrativeValidator;
import dev.postmortem.core.narrative.Problem;

import java.util.List;
import java.util.Optional;

/**
 * A submitted narrative, read and checked by the core in one step: either the narrative with its canonical JSON
 * (what gets stored) or every problem the core found. Empty input is "no narrative", not a problem: the field
 * is optional and a debrief is written over time.
 */
public final class NarrativeCheck {

    private final Narrative narrative;
    private final List<Problem> problems;

    private NarrativeCheck(Narrative narrative, List<Problem> problems) {
        this.narrative = narrative;
        this.problems = problems;
    }

    public static NarrativeCheck of(String json) {
        if (json == null || json.isBlank()) {
            return new NarrativeCheck(null, List.of());
        }
        NarrativeParseResult parsed = NarrativeJson.parse(json);
        if (!parsed.isParsed()) {
            return new NarrativeCheck(null, parsed.problems());
        }
        Narrative narrative = parsed.narrative().orElseThrow();
        return new NarrativeCheck(narrative, NarrativeValidator.validate(narrative));
    }

    public boolean isEmpty() {
        return narrative == null && problems.isEmpty();
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The narrative, when the JSON could be read (it may still have validation problems). */
    public Optional<Narrative> narrative() {
        return Optional.ofNullable(narrative);
    }

    /** The canonical JSON to store; only for a valid, non-empty submission. */
    public String canonicalJson() {
        if (narrative == null || !problems.isEmpty()) {
            throw new IllegalStateException("only a valid narrative has a canonical form");
        }
        return NarrativeJson.write(narrative);
    }
}
