package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import dev.postmortem.jira.host.CustomFieldSpec;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.SetupTexts;

/**
 * Ensures the "Debrief held at" field: Jira's own date-time picker, searchable with the date-time range searcher.
 * The soak clock starts at this instant.
 */
public class EnsureDebriefHeldAtField extends EnsureCustomField {

    public static final String NAME_KEY = "postmortem.jira.setup.debriefHeldAt.name";
    static final String DESCRIPTION_KEY = "postmortem.jira.setup.debriefHeldAt.description";
    public static final String DATETIME_TYPE_KEY = "com.atlassian.jira.plugin.system.customfieldtypes:datetime";
    static final String DATETIME_SEARCHER_KEY = "com.atlassian.jira.plugin.system.customfieldtypes:datetimerange";

    public static final CustomFieldSpec SPEC =
            new CustomFieldSpec("debrief-held-at-field", NAME_KEY, DESCRIPTION_KEY, DATETIME_TYPE_KEY,
                    DATETIME_SEARCHER_KEY);

    public EnsureDebriefHeldAtField(CustomFieldManager customFieldManager, PostmortemLookup lookup,
            SetupTexts texts, JiraContextNode globalContext) {
        super(SPEC, customFieldManager, lookup, texts, globalContext);
    }
}
