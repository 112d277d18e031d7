package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RememberedFieldTest {

    private final CustomFieldManager manager = mock(CustomFieldManager.class);
    private final Deque<Optional<CustomField>> searchResults = new ArrayDeque<>();
    private int searches;
    private final RememberedField remembered = new RememberedField(manager, () -> {
        searches++;
        return searchResults.isEmpty() ? Optional.empty() : searchResults.pop();
    });

    @Test
    void searchesOnceThenLooksTheFieldUpById() {
        CustomField field = field("customfield_10100");
        searchResults.push(Optional.of(field));
        when(manager.getCustomFieldObject("customfield_10100")).thenReturn(field);

        assertThat(remembered.resolve()).containsSame(field);
        assertThat(remembered.resolve()).containsSame(field);
        assertThat(remembered.resolve()).containsSame(field);
        assertThat(searches).isEqualTo(1);
    }

    @Test
    void searchesAgainWhenJiraNoLongerKnowsTheRememberedId() {
        CustomField deleted = field("customfield_10100");
        CustomField recreated = field("customfield_10200");
        searchResults.add(Optional.of(deleted));
        searchResults.add(Optional.of(recreated));
        when(manager.getCustomFieldObject("customfield_10200")).thenReturn(recreated);

        assertThat(remembered.resolve()).containsSame(deleted);
        // Jira answers null for customfield_10100 from now on: the field was deleted and setup made a new one.
        assertThat(remembered.resolve()).containsSame(recreated);
        assertThat(remembered.resolve()).containsSame(recreated);
        assertThat(searches).isEqualTo(2);
    }

    @Test
    void noFieldIsNotRememberedSoTheNextCallSearchesAgain() {
        assertThat(remembered.resolve()).isEmpty();
        CustomField created = field("customfield_10300");
        searchResults.push(Optional.of(created));

        assertThat(remembered.resolve()).containsSame(created);
        assertThat(searches).isEqualTo(2);
    }

    private static CustomField field(String id) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        return field;
    }
}
