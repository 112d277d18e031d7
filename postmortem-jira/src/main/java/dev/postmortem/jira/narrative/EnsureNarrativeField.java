package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import dev.postmortem.jira.host.CustomFieldSpec;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.setup.EnsureCustomField;
import dev.postmortem.jira.setup.StepResult;

import java.util.Objects;
import java.util.Optional;

/**
 * Ensures the "Debrief narrative" field: the app's own narrative type, with a context for the Postmortem issue type
 * (same rules as every field step, {@link EnsureCustomField}). Jira's text searcher is attached when it can be built;
 * without it the field is still created and usable, and {@code narrativeMatches()} is its search
 * ({@link ReportOptionalFeatures} says which search path is active).
 */
public class EnsureNarrativeField extends EnsureCustomField {

    public static final String PLUGIN_KEY = "dev.postmortem.postmortem-jira";
    public static final String NAME_KEY = "postmortem.jira.narrative.field.name";
    static final String DESCRIPTION_KEY = "postmortem.jira.narrative.field.description";
    public static final String TYPE_KEY = PLUGIN_KEY + ":" + NarrativeFieldType.MODULE_KEY;
    public static final String SEARCHER_KEY = PLUGIN_KEY + ":" + NarrativeFieldType.SEARCHER_MODULE_KEY;

    public static final CustomFieldSpec SPEC =
            new CustomFieldSpec("narrative-field", NAME_KEY, DESCRIPTION_KEY, TYPE_KEY, SEARCHER_KEY);

    private final OptionalFeatures features;
    private final SetupTexts texts;

    public EnsureNarrativeField(CustomFieldManager customFieldManager, PostmortemLookup lookup, SetupTexts texts,
            JiraContextNode globalContext, OptionalFeatures features) {
        super(SPEC, customFieldManager, lookup, texts, globalContext);
        this.features = Objects.requireNonNull(features, "features");
        this.texts = texts;
    }

    @Override
    protected Optional<StepResult> switchedOff() {
        if (features.isOn(OptionalFeatures.Feature.NARRATIVE_FIELD)) {
            return Optional.empty();
        }
        return Optional.of(StepResult.attention("postmortem.jira.setup.field.switchedOff", texts.text(NAME_KEY),
                String.join(", ", features.missingServices(OptionalFeatures.Feature.NARRATIVE_FIELD))));
    }

    @Override
    protected CustomFieldSearcher searcher() {
        return features.isOn(OptionalFeatures.Feature.JIRA_TEXT_SEARCH) ? super.searcher() : null;
    }

    @Override
    protected boolean searcherRequired() {
        return false;
    }
}
