package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import dev.postmortem.jira.setup.RememberedField;

import java.util.Objects;
import java.util.Optional;

/**
 * The "Debrief narrative" field for code that needs it on every issue event: found the way setup finds it
 * ({@link PostmortemFields#narrative()}: by name in any shipped language and by type, the oldest if several), then
 * remembered by id ({@link RememberedField}).
 */
public class NarrativeField {

    private final RememberedField field;

    public NarrativeField(CustomFieldManager customFieldManager, PostmortemFields fields) {
        Objects.requireNonNull(fields, "fields");
        this.field = new RememberedField(customFieldManager, fields::narrative);
    }

    /** The field, or empty when it does not exist (setup has not run, or it was deleted). */
    public Optional<CustomField> resolve() {
        return field.resolve();
    }
}
