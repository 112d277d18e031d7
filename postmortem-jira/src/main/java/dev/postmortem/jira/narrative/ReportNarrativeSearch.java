package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.setup.SetupStep;
import dev.postmortem.jira.setup.StepResult;

import java.util.Objects;
import java.util.Optional;

/**
 * Says in the setup report which search the Debrief narrative has: {@code narrativeMatches()} always, Jira's own text
 * search ({@code ~}) only when the field has the app's searcher and Jira provides what that searcher is built from.
 * When the two disagree it tells the admin what to change on the field (its search template). Writes nothing.
 */
public class ReportNarrativeSearch implements SetupStep {

    private final OptionalFeatures features;
    private final CustomFieldManager customFieldManager;
    private final PostmortemLookup lookup;

    public ReportNarrativeSearch(OptionalFeatures features, CustomFieldManager customFieldManager,
            PostmortemLookup lookup) {
        this.features = Objects.requireNonNull(features, "features");
        this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public String id() {
        return "narrative-search";
    }

    @Override
    public StepResult ensure() {
        boolean servicesThere = features.missingServices(OptionalFeatures.Feature.JIRA_TEXT_SEARCH).isEmpty();
        boolean searcherThere = customFieldManager.getCustomFieldSearcher(EnsureNarrativeField.SEARCHER_KEY) != null;
        Optional<CustomField> field = lookup.field(EnsureNarrativeField.SPEC);
        if (field.isEmpty()) {
            return servicesThere && searcherThere
                    ? StepResult.unchanged("postmortem.jira.setup.search.both")
                    : StepResult.attention("postmortem.jira.setup.search.ownOnly");
        }
        boolean attached = field.get().getCustomFieldSearcher() != null;
        if (attached && servicesThere) {
            return StepResult.unchanged("postmortem.jira.setup.search.both");
        }
        if (attached) {
            return StepResult.attention("postmortem.jira.setup.search.searcherBroken", field.get().getName());
        }
        if (servicesThere && searcherThere) {
            return StepResult.attention("postmortem.jira.setup.search.searcherNotAttached", field.get().getName());
        }
        return StepResult.attention("postmortem.jira.setup.search.ownOnly");
    }
}
