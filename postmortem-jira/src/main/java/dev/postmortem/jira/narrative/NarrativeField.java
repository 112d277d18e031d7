package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;

import java.util.Objects;
import java.util.Optional;

/**
 * The "Debrief narrative" field for code that needs it on every issue event: found once the way setup finds it
 * ({@link PostmortemFields#narrative()}: by name in any shipped language and by type, the oldest if several), then
 * remembered by id, so an event costs one lookup by id in Jira's in-memory field list.
 *
 * <p>The remembered id is node-local on purpose: it is derived from Jira's own (cluster-consistent) field
 * configuration and derived again whenever Jira no longer knows it (field deleted, or recreated by setup with a new
 * id), so a stale copy cannot decide anything.
 */
public class NarrativeField {

    private final CustomFieldManager customFieldManager;
    private final PostmortemFields fields;
    private volatile String fieldId;

    public NarrativeField(CustomFieldManager customFieldManager, PostmortemFields fields) {
        this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** The field, or empty when it does not exist (setup has not run, or it was deleted). */
    public Optional<CustomField> resolve() {
        String id = fieldId;
        if (id != null) {
            CustomField field = customFieldManager.getCustomFieldObject(id);
            if (field != null) {
                return Optional.of(field);
            }
            fieldId = null;
        }
        Optional<CustomField> found = fields.narrative();
        found.ifPresent(field -> fieldId = field.getId());
        return found;
    }
}
