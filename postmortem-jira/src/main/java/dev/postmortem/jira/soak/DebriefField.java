package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import dev.postmortem.jira.setup.EnsureDebriefHeldAtField;
import dev.postmortem.jira.setup.OldestFirst;
import dev.postmortem.jira.setup.SetupTexts;

import java.util.Objects;
import java.util.Optional;

/**
 * Finds the "Debrief held at" field that setup ensures (same name in any shipped language, Jira's date-time
 * type, the oldest if several) and remembers its id, so the gate resolves the field once, not per link or per
 * evaluation.
 *
 * <p>The remembered id is node-local on purpose: it is derived from Jira's own (cluster-consistent) field
 * configuration and re-derived whenever Jira no longer knows it (field deleted, or recreated by setup with a new
 * id), so a stale copy cannot decide anything.
 */
public class DebriefField {

    private final CustomFieldManager customFieldManager;
    private final SetupTexts texts;
    private volatile String fieldId;

    public DebriefField(CustomFieldManager customFieldManager, SetupTexts texts) {
        this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** The field, or empty when it does not exist (the gate then fails closed). */
    public Optional<CustomField> resolve() {
        String id = fieldId;
        if (id != null) {
            CustomField field = customFieldManager.getCustomFieldObject(id);
            if (field != null) {
                return Optional.of(field);
            }
            fieldId = null;
        }
        Optional<CustomField> found = texts.namesFor(EnsureDebriefHeldAtField.NAME_KEY).stream()
                .flatMap(name -> customFieldManager.getCustomFieldObjectsByName(name).stream())
                .filter(DebriefField::isDateTime)
                .min(OldestFirst.CUSTOM_FIELDS);
        found.ifPresent(field -> fieldId = field.getId());
        return found;
    }

    private static boolean isDateTime(CustomField field) {
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        return type != null && EnsureDebriefHeldAtField.DATETIME_TYPE_KEY.equals(type.getKey());
    }
}
