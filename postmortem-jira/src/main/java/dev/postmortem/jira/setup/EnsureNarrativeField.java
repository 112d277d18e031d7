package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import dev.postmortem.jira.narrative.NarrativeFieldType;

/**
 * Ensures the "Debrief narrative" field: the app's own narrative type, searchable with the app's text searcher,
 * with a context for the Postmortem issue type. Same rules as every field step ({@link EnsureCustomField}).
 */
public class EnsureNarrativeField extends EnsureCustomField {

    public static final String PLUGIN_KEY = "dev.postmortem.postmortem-jira";
    public static final String NAME_KEY = "postmortem.jira.narrative.field.name";
    static final String DESCRIPTION_KEY = "postmortem.jira.narrative.field.description";
    public static final String TYPE_KEY = PLUGIN_KEY + ":" + NarrativeFieldType.MODULE_KEY;
    static final String SEARCHER_KEY = PLUGIN_KEY + ":" + NarrativeFieldType.SEARCHER_MODULE_KEY;

    public static final CustomFieldSpec SPEC = new CustomFieldSpec(NAME_KEY, DESCRIPTION_KEY, TYPE_KEY, SEARCHER_KEY);

    public EnsureNarrativeField(CustomFieldManager customFieldManager, PostmortemLookup lookup, SetupTexts texts,
            JiraContextNode globalContext) {
        super("narrative-field", SPEC, customFieldManager, lookup, texts, globalContext);
    }
}
