package dev.postmortem.jira.soak;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.setup.EnsureDebriefHeldAtField;
import dev.postmortem.jira.setup.Lookups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DebriefFieldTest {

    private final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private DebriefField debriefField;

    @BeforeEach
    void setUp() {
        when(i18n.getText(EnsureDebriefHeldAtField.NAME_KEY)).thenReturn("Debrief held at");
        when(i18n.getText(Locale.ENGLISH, EnsureDebriefHeldAtField.NAME_KEY)).thenReturn("Debrief held at");
        when(i18n.getText(Locale.GERMAN, EnsureDebriefHeldAtField.NAME_KEY)).thenReturn("Nachbesprechung am");
        debriefField = new DebriefField(Lookups.of(mock(IssueTypeManager.class), mock(IssueLinkTypeManager.class),
                customFieldManager, new SetupTexts(i18n)));
    }

    @Test
    void findsTheDateTimeFieldByItsNameInAnyShippedLanguage() {
        CustomField text = field("customfield_10001", "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        CustomField date = field("customfield_10002", EnsureDebriefHeldAtField.DATETIME_TYPE_KEY);
        when(customFieldManager.getCustomFieldObjectsByName("Debrief held at")).thenReturn(List.of(text));
        when(customFieldManager.getCustomFieldObjectsByName("Nachbesprechung am")).thenReturn(List.of(date));

        assertThat(debriefField.resolve()).contains(date);
    }

    @Test
    void onceSetupRememberedTheFieldItIsFoundByIdEvenAfterARename() {
        CustomField date = field("customfield_10002", EnsureDebriefHeldAtField.DATETIME_TYPE_KEY);
        when(date.getName()).thenReturn("Retro on");
        when(customFieldManager.getCustomFieldObject("customfield_10002")).thenReturn(date);
        DebriefField remembered = new DebriefField(Lookups.remembering(mock(IssueTypeManager.class),
                mock(IssueLinkTypeManager.class), customFieldManager, new SetupTexts(i18n),
                Map.of(EnsureDebriefHeldAtField.SPEC.role(), "customfield_10002")));

        for (int i = 0; i < 5; i++) {
            assertThat(remembered.resolve()).contains(date);
        }
        verify(customFieldManager, never()).getCustomFieldObjectsByName(anyString());
        verify(customFieldManager, times(5)).getCustomFieldObject("customfield_10002");
    }

    @Test
    void aRememberedFieldThatWasDeletedIsGoneEvenIfAnotherFieldHasItsName() {
        CustomField sameName = field("customfield_10009", EnsureDebriefHeldAtField.DATETIME_TYPE_KEY);
        when(customFieldManager.getCustomFieldObjectsByName("Debrief held at")).thenReturn(List.of(sameName));
        DebriefField remembered = new DebriefField(Lookups.remembering(mock(IssueTypeManager.class),
                mock(IssueLinkTypeManager.class), customFieldManager, new SetupTexts(i18n),
                Map.of(EnsureDebriefHeldAtField.SPEC.role(), "customfield_10002")));

        assertThat(remembered.resolve()).as("setup adopts the other field on its next run, not the gate").isEmpty();
    }

    @Test
    void findsTheFieldAgainAfterItWasRecreated() {
        CustomField old = field("customfield_10002", EnsureDebriefHeldAtField.DATETIME_TYPE_KEY);
        CustomField recreated = field("customfield_10009", EnsureDebriefHeldAtField.DATETIME_TYPE_KEY);
        when(customFieldManager.getCustomFieldObjectsByName("Debrief held at"))
                .thenReturn(List.of(old), List.of(recreated));
        assertThat(debriefField.resolve()).contains(old);
        when(customFieldManager.getCustomFieldObject("customfield_10002")).thenReturn(null);

        assertThat(debriefField.resolve()).contains(recreated);
    }

    @Test
    void isEmptyWhenNoSuchFieldExists() {
        when(customFieldManager.getCustomFieldObjectsByName("Debrief held at")).thenReturn(List.of());
        when(customFieldManager.getCustomFieldObjectsByName("Nachbesprechung am")).thenReturn(List.of());

        assertThat(debriefField.resolve()).isEmpty();
    }

    private static CustomField field(String id, String typeKey) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        var type = SoakFixture.type(typeKey);
        when(field.getCustomFieldType()).thenAnswer(invocation -> type);
        return field;
    }
}
