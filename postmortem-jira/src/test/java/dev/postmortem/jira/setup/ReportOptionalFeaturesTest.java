package dev.postmortem.jira.setup;

import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.setup.StepResult.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportOptionalFeaturesTest {

    private final FakeJira jira = new FakeJira();
    private final SetupTexts texts = new SetupTexts(jira.i18n);

    @Test
    void withEveryServiceAndTheSearcherBothSearchPathsAreReported() {
        jira.fields.registerSearcher(EnsureNarrativeField.SEARCHER_KEY);

        StepResult result = new ReportOptionalFeatures(TestFeatures.allOn(), jira.fields.manager(), texts).ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(text(result)).isEqualTo("Every feature is on. Narrative search: Jira\u2019s text search (~) and"
                + " narrativeMatches().");
    }

    @Test
    void whenTheSearcherModuleCouldNotBeBuiltOnlyNarrativeMatchesIsReported() {
        StepResult result = new ReportOptionalFeatures(TestFeatures.allOn(), jira.fields.manager(), texts).ensure();

        assertThat(text(result)).endsWith("Narrative search: narrativeMatches() only; Jira\u2019s text search (~) is"
                + " not available for the narrative.");
    }

    @Test
    void everySwitchedOffFeatureIsNamedWithTheMissingService() {
        jira.fields.registerSearcher(EnsureNarrativeField.SEARCHER_KEY);

        StepResult result = new ReportOptionalFeatures(TestFeatures.without("com.atlassian.scheduler.SchedulerService",
                "com.atlassian.jira.web.FieldVisibilityManager"), jira.fields.manager(), texts).ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.ATTENTION);
        assertThat(text(result)).isEqualTo("Switched off because a host service is missing: Jira\u2019s text search"
                + " on the narrative (Jira does not provide com.atlassian.jira.web.FieldVisibilityManager); the"
                + " soak-end job (soak ends are then recorded on commit) (Jira does not provide"
                + " com.atlassian.scheduler.SchedulerService). The soak gate is not affected. Narrative search:"
                + " narrativeMatches() only; Jira\u2019s text search (~) is not available for the narrative.");
    }

    private String text(StepResult result) {
        return texts.text(result.messageKey(), result.args().toArray(String[]::new));
    }
}
