package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.fields.CustomField;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.setup.EnsureDebriefHeldAtField;

import java.util.Objects;
import java.util.Optional;

/**
 * The "Debrief held at" field that setup ensures, as the gate needs it: by the id setup remembered (one in-memory
 * lookup in Jira's field list per evaluation, not per link), see {@link PostmortemLookup#field}.
 */
public class DebriefField {

    private final PostmortemLookup lookup;

    public DebriefField(PostmortemLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** The field, or empty when it does not exist (the gate then fails closed). */
    public Optional<CustomField> resolve() {
        return lookup.field(EnsureDebriefHeldAtField.SPEC);
    }
}
