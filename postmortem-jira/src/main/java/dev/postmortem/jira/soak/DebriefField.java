package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import dev.postmortem.jira.setup.EnsureDebriefHeldAtField;
import dev.postmortem.jira.setup.OldestFirst;
import dev.postmortem.jira.setup.RememberedField;
import dev.postmortem.jira.setup.SetupTexts;

import java.util.Objects;
import java.util.Optional;

/**
 * Finds the "Debrief held at" field that setup ensures (same name in any shipped language, Jira's date-time
 * type, the oldest if several) and remembers its id ({@link RememberedField}), so the gate resolves the field once,
 * not per link or per evaluation.
 */
public class DebriefField {

    private final CustomFieldManager customFieldManager;
    private final SetupTexts texts;
    private final RememberedField field;

    public DebriefField(CustomFieldManager customFieldManager, SetupTexts texts) {
        this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.field = new RememberedField(customFieldManager, this::search);
    }

    /** The field, or empty when it does not exist (the gate then fails closed). */
    public Optional<CustomField> resolve() {
        return field.resolve();
    }

    private Optional<CustomField> search() {
        return texts.namesFor(EnsureDebriefHeldAtField.NAME_KEY).stream()
                .flatMap(name -> customFieldManager.getCustomFieldObjectsByName(name).stream())
                .filter(DebriefField::isDateTime)
                .min(OldestFirst.CUSTOM_FIELDS);
    }

    private static boolean isDateTime(CustomField field) {
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        return type != null && EnsureDebriefHeldAtField.DATETIME_TYPE_KEY.equals(type.getKey());
    }
}
