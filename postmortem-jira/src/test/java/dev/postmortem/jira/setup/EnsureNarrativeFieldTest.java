package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.issuetype.IssueType;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.narrative.EnsureNarrativeField;
import dev.postmortem.jira.setup.StepResult.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnsureNarrativeFieldTest {

    private final FakeJira jira = new FakeJira();
    private SetupTexts texts;
    private IssueType postmortem;

    @BeforeEach
    void setUp() {
        texts = new SetupTexts(jira.i18n);
        postmortem = jira.issueTypes.add("10800", "Postmortem", false, 10318L);
        jira.fields.registerType(EnsureNarrativeField.TYPE_KEY);
        jira.fields.registerSearcher(EnsureNarrativeField.SEARCHER_KEY);
    }

    private StepResult ensure() {
        return new EnsureNarrativeField(jira.fields.manager(), jira.lookup(texts), texts, jira.globalContext,
                TestFeatures.allOn()).ensure();
    }

    @Test
    void createsTheFieldOfOurTypeForPostmortemsOnly() {
        StepResult result = ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(jira.fields.all).singleElement().satisfies(field -> {
            assertThat(field.name()).isEqualTo("Debrief narrative");
            assertThat(field.typeKey()).isEqualTo("dev.postmortem.postmortem-jira:narrative-field");
            assertThat(field.searcher())
                    .isSameAs(jira.fields.searchers.get("dev.postmortem.postmortem-jira:narrative-searcher"));
            assertThat(field.contexts()).containsExactly(jira.globalContext);
            assertThat(field.issueTypes()).containsExactly(postmortem);
            assertThat(field.description()).startsWith("What happened and why it made sense at the time");
        });
    }

    @Test
    void runningAgainChangesNothing() {
        ensure();

        StepResult second = ensure();

        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(jira.fields.all).hasSize(1);
    }

    @Test
    void theGermanNamedFieldIsFoundAndNotDuplicated() {
        jira.fields.add("Nachbesprechungsbericht", EnsureNarrativeField.TYPE_KEY, List.of(postmortem));

        assertThat(ensure().outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(jira.fields.all).hasSize(1);
    }

    @Test
    void anAdminsFieldOfTheSameNameButAnotherTypeIsLeftAlone() {
        jira.fields.add("Debrief narrative", "com.atlassian.jira.plugin.system.customfieldtypes:textarea",
                List.of(postmortem));

        StepResult result = ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.ATTENTION);
        assertThat(jira.fields.all).hasSize(1);
    }

    @Test
    void whileOurTypeIsNotEnabledYetNothingIsCreated() {
        FakeJira.Fields fields = new FakeJira.Fields();
        fields.registerSearcher(EnsureNarrativeField.SEARCHER_KEY);

        StepResult result = new EnsureNarrativeField(fields.manager(), jira.lookup(texts), texts, jira.globalContext,
                TestFeatures.allOn())
                .ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.field.typeMissing");
        assertThat(fields.all).isEmpty();
    }

    @Test
    void withoutJirasTextSearcherTheFieldIsStillCreatedForNarrativeMatches() {
        FakeJira.Fields fields = new FakeJira.Fields();
        fields.registerType(EnsureNarrativeField.TYPE_KEY);

        StepResult result = new EnsureNarrativeField(fields.manager(), jira.lookup(texts), texts, jira.globalContext,
                TestFeatures.allOn()).ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.field.createdWithoutSearcher");
        assertThat(fields.all).singleElement().satisfies(field -> assertThat(field.searcher()).isNull());
    }

    @Test
    void whenATextSearchServiceIsMissingTheSearcherIsNotAttachedEvenIfItsModuleIsThere() {
        StepResult result = new EnsureNarrativeField(jira.fields.manager(), jira.lookup(texts), texts,
                jira.globalContext, TestFeatures.without("com.atlassian.jira.web.FieldVisibilityManager")).ensure();

        assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.field.createdWithoutSearcher");
        assertThat(jira.fields.all).singleElement().satisfies(field -> assertThat(field.searcher()).isNull());
    }

    @Test
    void withoutThePersisterTheFieldIsSwitchedOffAndNothingIsCreated() {
        StepResult result = new EnsureNarrativeField(jira.fields.manager(), jira.lookup(texts), texts,
                jira.globalContext, TestFeatures.without(
                        "com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister")).ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.ATTENTION);
        assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.field.switchedOff");
        assertThat(result.args()).containsExactly("Debrief narrative",
                "com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister");
        assertThat(jira.fields.all).isEmpty();
    }

    @Test
    void aRenamedNarrativeFieldIsKeptNotDuplicated() {
        ensure();
        org.mockito.Mockito.when(jira.fields.all.get(0).field().getName()).thenReturn("Incident story");

        StepResult second = ensure();

        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(second.args()).first().isEqualTo("Incident story");
        assertThat(jira.fields.all).hasSize(1);
    }
}
