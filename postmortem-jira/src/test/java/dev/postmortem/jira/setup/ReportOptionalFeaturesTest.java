package dev.postmortem.jira.setup;

import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.narrative.EnsureNarrativeField;
import dev.postmortem.jira.narrative.ReportNarrativeSearch;
import dev.postmortem.jira.setup.StepResult.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The setup report's lines about switched-off features and the narrative's search path. */
class ReportOptionalFeaturesTest {

    private final FakeJira jira = new FakeJira();
    private final SetupTexts texts = new SetupTexts(jira.i18n);

    @Test
    void withEveryHostServiceEveryFeatureIsReportedOn() {
        StepResult result = new ReportOptionalFeatures(TestFeatures.allOn(), texts).ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(text(result)).isEqualTo("Every feature is on.");
    }

    @Test
    void everySwitchedOffFeatureIsNamedWithTheMissingService() {
        StepResult result = new ReportOptionalFeatures(TestFeatures.without("com.atlassian.scheduler.SchedulerService",
                "com.atlassian.jira.web.FieldVisibilityManager"), texts).ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.ATTENTION);
        assertThat(text(result)).isEqualTo("Switched off because a host service is missing: Jira\u2019s text search"
                + " on the narrative (Jira does not provide com.atlassian.jira.web.FieldVisibilityManager); the"
                + " soak-end job (soak ends are then recorded on commit) (Jira does not provide"
                + " com.atlassian.scheduler.SchedulerService). The soak gate is not affected.");
    }

    @Test
    void withTheServicesAndTheSearcherModuleBothSearchPathsAreReported() {
        jira.fields.registerSearcher(EnsureNarrativeField.SEARCHER_KEY);

        StepResult result = new ReportNarrativeSearch(TestFeatures.allOn(), jira.fields.manager(), jira.lookup(texts)).ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(text(result)).isEqualTo("Narrative search: Jira\u2019s text search (~) and narrativeMatches().");
    }

    @Test
    void whenTheSearcherModuleCouldNotBeBuiltOnlyNarrativeMatchesIsReported() {
        StepResult result = new ReportNarrativeSearch(TestFeatures.allOn(), jira.fields.manager(), jira.lookup(texts)).ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.ATTENTION);
        assertThat(text(result)).startsWith("Narrative search: narrativeMatches() only;");
    }

    @Test
    void whenATextSearchServiceIsMissingOnlyNarrativeMatchesIsReportedEvenWithTheModule() {
        jira.fields.registerSearcher(EnsureNarrativeField.SEARCHER_KEY);

        StepResult result = new ReportNarrativeSearch(
                TestFeatures.without("com.atlassian.jira.jql.operand.JqlOperandResolver"), jira.fields.manager(),
                jira.lookup(texts)).ensure();

        assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.search.ownOnly");
    }

    @Test
    void aFieldWithTheSearcherWhoseServicesAreMissingIsReportedWithWhatToChange() {
        jira.fields.registerSearcher(EnsureNarrativeField.SEARCHER_KEY);
        narrativeField(true);

        StepResult result = new ReportNarrativeSearch(
                TestFeatures.without("com.atlassian.jira.web.FieldVisibilityManager"), jira.fields.manager(),
                jira.lookup(texts)).ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.ATTENTION);
        assertThat(text(result)).contains("\u201cDebrief narrative\u201d has Jira\u2019s text searcher")
                .contains("Set its search template to None");
    }

    @Test
    void aFieldCreatedWithoutTheSearcherIsReportedWhenTheSearcherBecomesAvailable() {
        jira.fields.registerSearcher(EnsureNarrativeField.SEARCHER_KEY);
        narrativeField(false);

        StepResult result = new ReportNarrativeSearch(TestFeatures.allOn(), jira.fields.manager(),
                jira.lookup(texts)).ensure();

        assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.search.searcherNotAttached");
    }

    @Test
    void aFieldWithTheSearcherAndItsServicesHasBothSearches() {
        jira.fields.registerSearcher(EnsureNarrativeField.SEARCHER_KEY);
        narrativeField(true);

        StepResult result = new ReportNarrativeSearch(TestFeatures.allOn(), jira.fields.manager(),
                jira.lookup(texts)).ensure();

        assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.search.both");
    }

    private void narrativeField(boolean withSearcher) {
        jira.issueTypes.add("10800", "Postmortem", false, 10318L);
        jira.fields.registerType(EnsureNarrativeField.TYPE_KEY);
        if (!withSearcher) {
            jira.fields.searchers.clear();
        }
        new EnsureNarrativeField(jira.fields.manager(), jira.lookup(texts), texts, jira.globalContext,
                TestFeatures.allOn()).ensure();
        jira.fields.registerSearcher(EnsureNarrativeField.SEARCHER_KEY);
    }

    private String text(StepResult result) {
        return texts.text(result.messageKey(), result.args().toArray(String[]::new));
    }
}
