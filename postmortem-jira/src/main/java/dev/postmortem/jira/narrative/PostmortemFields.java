package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import dev.postmortem.jira.setup.CustomFieldSpec;
import dev.postmortem.jira.setup.EnsureDebriefHeldAtField;
import dev.postmortem.jira.setup.EnsureNarrativeField;
import dev.postmortem.jira.setup.OldestFirst;
import dev.postmortem.jira.setup.SetupTexts;

import java.util.Optional;

/**
 * Finds the fields setup ensured, the same way setup does: by name in any shipped language and by type, the
 * oldest if a site has several. Jira keeps custom fields in memory, so a lookup costs no database query.
 */
public class PostmortemFields {

    private final CustomFieldManager customFieldManager;
    private final SetupTexts texts;

    public PostmortemFields(CustomFieldManager customFieldManager, SetupTexts texts) {
        this.customFieldManager = customFieldManager;
        this.texts = texts;
    }

    public Optional<CustomField> narrative() {
        return find(EnsureNarrativeField.SPEC);
    }

    public Optional<CustomField> debriefHeldAt() {
        return find(EnsureDebriefHeldAtField.SPEC);
    }

    private Optional<CustomField> find(CustomFieldSpec spec) {
        return texts.namesFor(spec.nameKey()).stream()
                .flatMap(name -> customFieldManager.getCustomFieldObjectsByName(name).stream())
                .filter(field -> {
                    CustomFieldType<?, ?> type = field.getCustomFieldType();
                    return type != null && spec.typeKey().equals(type.getKey());
                })
                .min(OldestFirst.CUSTOM_FIELDS);
    }
}
