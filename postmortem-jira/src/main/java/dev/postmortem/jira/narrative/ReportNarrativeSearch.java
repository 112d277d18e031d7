package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.CustomFieldManager;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.setup.SetupStep;
import dev.postmortem.jira.setup.StepResult;

import java.util.Objects;

/**
 * Says in the setup report which search the Debrief narrative has: {@code narrativeMatches()} always, Jira's own text
 * search ({@code ~}) only when Jira provides what its searcher is built from and the searcher module is enabled.
 * Writes nothing.
 */
public class ReportNarrativeSearch implements SetupStep {

    private final OptionalFeatures features;
    private final CustomFieldManager customFieldManager;

    public ReportNarrativeSearch(OptionalFeatures features, CustomFieldManager customFieldManager) {
        this.features = Objects.requireNonNull(features, "features");
        this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
    }

    @Override
    public String id() {
        return "narrative-search";
    }

    @Override
    public StepResult ensure() {
        boolean jiraTextSearch = features.missingServices(OptionalFeatures.Feature.JIRA_TEXT_SEARCH).isEmpty()
                && customFieldManager.getCustomFieldSearcher(EnsureNarrativeField.SEARCHER_KEY) != null;
        return jiraTextSearch
                ? StepResult.unchanged("postmortem.jira.setup.search.both")
                : StepResult.attention("postmortem.jira.setup.search.ownOnly");
    }
}
