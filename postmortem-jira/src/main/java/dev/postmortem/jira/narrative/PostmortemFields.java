package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.fields.CustomField;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.setup.EnsureDebriefHeldAtField;

import java.util.Objects;
import java.util.Optional;

/** The fields setup ensured, found by the id setup remembered ({@link PostmortemLookup#field}). */
public class PostmortemFields {

    private final PostmortemLookup lookup;

    public PostmortemFields(PostmortemLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    public Optional<CustomField> narrative() {
        return lookup.field(EnsureNarrativeField.SPEC);
    }

    public Optional<CustomField> debriefHeldAt() {
        return lookup.field(EnsureDebriefHeldAtField.SPEC);
    }
}
