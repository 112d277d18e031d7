package dev.postmortem.jira.narrative;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.util.ErrorCollection;
import dev.postmortem.core.narrative.NarrativeFixtures;
import dev.postmortem.core.narrative.NarrativeJson;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.host.UserMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class NarrativeFieldTypeTest {

    private static final String FIELD_ID = "customfield_10400";


    private NarrativeFieldType type;
    private ErrorCollection errors;
    private FieldConfig config;

    @BeforeEach
    void setUp() {
        UserMessages messages = new UserMessages(JiraTexts.english());
        NarrativeViews views = new NarrativeViews(messages, mock(PermissionManager.class),
                mock(JiraAuthenticationContext.class), mock(DateTimeFormatter.class));
        type = new NarrativeFieldType(mock(CustomFieldValuePersister.class), mock(GenericConfigManager.class), views,
                messages, TestFeatures.allOn());
        errors = mock(ErrorCollection.class);
        config = mock(FieldConfig.class);
        when(config.getFieldId()).thenReturn(FIELD_ID);
    }

    private static CustomFieldParams submitted(String value) {
        CustomFieldParams params = mock(CustomFieldParams.class);
        when(params.getFirstValueForNullKey()).thenReturn(value);
        return params;
    }

    @Test
    void storesUnlimitedText() {
        assertThat(type.getDatabaseType()).isSameAs(PersistenceFieldType.TYPE_UNLIMITED_TEXT);
    }

    @Test
    void aValidNarrativePassesValidation() {
        type.validateFromParams(submitted(NarrativeFixtures.richJson()), errors, config);

        verifyNoInteractions(errors);
    }

    @Test
    void anEmptySubmissionClearsTheFieldWithoutErrors() {
        type.validateFromParams(submitted("   "), errors, config);

        verifyNoInteractions(errors);
        assertThat(type.getSingularObjectFromString("")).isNull();
    }

    @Test
    void eachProblemBecomesATranslatedMessageAndTheFieldIsMarked() {
        // Two problems: an account without "why it made sense", and a timeline entry without a time.
        String json = """
                {"version": 1,
                 "timeline": [{"text": "Rollback started"}],
                 "accounts": [{"participantUserKey": "JIRAUSER10100", "participantDisplayName": "Li Wei",
                               "whatTheyDid": "Rolled back"}]}
                """;

        type.validateFromParams(submitted(json), errors, config);

        verify(errors).addError(FIELD_ID,
                "The narrative was not saved: 2 problems to fix, listed above. Everything you typed is still in the form.");
        ArgumentCaptor<String> messages = ArgumentCaptor.forClass(String.class);
        verify(errors, times(2)).addErrorMessage(messages.capture());
        assertThat(messages.getAllValues()).containsExactlyInAnyOrder(
                "Timeline entry 1 \u203a Time: Timeline entry 1 needs a time.",
                "Personal account 1 \u203a Why it made sense at the time: Personal account 1 (Li Wei) needs to say why"
                        + " the actions made sense at the time.");
    }

    @Test
    void malformedJsonIsRejectedWithWhereItBroke() {
        type.validateFromParams(submitted("{\"summary\": \"unterminated"), errors, config);

        verify(errors).addError(eq(FIELD_ID), anyString());
        ArgumentCaptor<String> message = ArgumentCaptor.forClass(String.class);
        verify(errors).addErrorMessage(message.capture());
        assertThat(message.getValue())
                .contains("The narrative could not be read: the JSON is not well-formed near line 1");
    }

    @Test
    void aRejectedSubmissionIsNeverTurnedIntoAStoredValue() {
        assertThatThrownBy(() -> type.getSingularObjectFromString("{\"accounts\": [{\"role\": \"DBA\"}]}"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("needs the participant it belongs to");
    }

    @Test
    void aValidSubmissionIsStoredInTheCoresCanonicalForm() {
        String rich = NarrativeFixtures.richJson();

        String stored = type.getSingularObjectFromString(rich);

        assertThat(stored).isEqualTo(NarrativeJson.write(NarrativeFixtures.rich()));
        assertThat(type.getDbValueFromObject(stored)).isEqualTo(stored);
        assertThat(type.getObjectFromDbValue(stored)).isEqualTo(stored);
        assertThat(type.getStringFromSingularObject(stored)).isEqualTo(stored);
    }

    @Test
    void storedValuesAreReadBackAsTheyAreEvenWhenTheyNoLongerValidate() {
        // Written by a newer app version: shown with an explanation, never dropped.
        String newer = "{\"version\": 99, \"summary\": \"from the future\"}";

        assertThat(type.getObjectFromDbValue(newer)).isEqualTo(newer);
        verify(errors, never()).addErrorMessage(anyString());
    }

    @Test
    void theChangeHistoryRecordsThePlainTextNotTheJson() {
        String changelog = type.getChangelogValue(null, NarrativeJson.write(NarrativeFixtures.rich()));

        assertThat(changelog).startsWith("For 47 minutes, checkout failed").contains("Amara Nwosu")
                .doesNotContain("{").doesNotContain("\"whyItMadeSense\"");
        assertThat(type.getChangelogValue(null, "{\"version\": 99}")).isEqualTo("{\"version\": 99}");
        assertThat(type.getChangelogValue(null, null)).isNull();
    }

    @Test
    void germanUsersGetGermanMessages() {
        UserMessages german = new UserMessages(JiraTexts.in(Locale.GERMAN));
        NarrativeFieldType germanType = new NarrativeFieldType(mock(CustomFieldValuePersister.class),
                mock(GenericConfigManager.class), new NarrativeViews(german, mock(PermissionManager.class),
                mock(JiraAuthenticationContext.class), mock(DateTimeFormatter.class)), german, TestFeatures.allOn());

        germanType.validateFromParams(submitted("{\"contributingFactors\": [\"\"]}"), errors, config);

        verify(errors).addError(eq(FIELD_ID), startsWith("Der Bericht wurde nicht gespeichert"));
        verify(errors).addErrorMessage(startsWith("Beitragender Faktor 1"));
    }

    @Test
    void withoutJirasPersisterTheTypeRefusesToBeBuiltSoOnlyThisModuleStaysDisabled() {
        UserMessages messages = new UserMessages(JiraTexts.english());
        NarrativeViews views = new NarrativeViews(messages, mock(PermissionManager.class),
                mock(JiraAuthenticationContext.class), mock(DateTimeFormatter.class));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NarrativeFieldType(
                        mock(CustomFieldValuePersister.class), mock(GenericConfigManager.class), views, messages,
                        TestFeatures.without("com.atlassian.jira.issue.customfields.manager.GenericConfigManager")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.atlassian.jira.issue.customfields.manager.GenericConfigManager");
    }
}
