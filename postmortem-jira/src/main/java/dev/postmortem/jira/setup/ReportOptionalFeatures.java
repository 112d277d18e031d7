package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.CustomFieldManager;
import dev.postmortem.jira.host.OptionalFeatures.Feature;
import dev.postmortem.jira.host.OptionalFeatures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Names in the setup report every feature switched off because Jira does not provide a host service it needs, and
 * which search path the Debrief narrative has: {@code narrativeMatches()} always, Jira's own text search ({@code ~})
 * only when its searcher can be built. Writes nothing.
 */
public class ReportOptionalFeatures implements SetupStep {

    private final OptionalFeatures features;
    private final CustomFieldManager customFieldManager;
    private final SetupTexts texts;

    public ReportOptionalFeatures(OptionalFeatures features, CustomFieldManager customFieldManager,
            SetupTexts texts) {
        this.features = Objects.requireNonNull(features, "features");
        this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    @Override
    public String id() {
        return "optional-features";
    }

    @Override
    public StepResult ensure() {
        List<String> off = new ArrayList<>();
        for (Feature feature : Feature.values()) {
            List<String> missing = features.missingServices(feature);
            if (!missing.isEmpty()) {
                off.add(texts.text("postmortem.jira.setup.features.offItem", texts.text(feature.messageKey()),
                        String.join(", ", missing)));
            }
        }
        String searchPath = texts.text(jiraTextSearchWorks()
                ? "postmortem.jira.setup.features.searchBoth" : "postmortem.jira.setup.features.searchOwnOnly");
        if (off.isEmpty()) {
            return StepResult.unchanged("postmortem.jira.setup.features.allOn", searchPath);
        }
        return StepResult.attention("postmortem.jira.setup.features.someOff", String.join("; ", off), searchPath);
    }

    private boolean jiraTextSearchWorks() {
        return features.missingServices(Feature.JIRA_TEXT_SEARCH).isEmpty()
                && customFieldManager.getCustomFieldSearcher(EnsureNarrativeField.SEARCHER_KEY) != null;
    }
}
