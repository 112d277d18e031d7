package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A custom field that setup ensures, found by a search (by name in every shipped language and by type) once and then
 * remembered by id, so code that needs it on every issue event or gate evaluation costs one lookup by id in Jira's
 * in-memory field list.
 *
 * <p>The remembered id is node-local on purpose: it is derived from Jira's own (cluster-consistent) field
 * configuration and searched again whenever Jira no longer knows it (field deleted, or recreated by setup with a new
 * id), so a stale copy cannot decide anything.
 */
public final class RememberedField {

    private final CustomFieldManager customFieldManager;
    private final Supplier<Optional<CustomField>> search;
    private volatile String fieldId;

    public RememberedField(CustomFieldManager customFieldManager, Supplier<Optional<CustomField>> search) {
        this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
        this.search = Objects.requireNonNull(search, "search");
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
        Optional<CustomField> found = search.get();
        found.ifPresent(field -> fieldId = field.getId());
        return found;
    }
}
