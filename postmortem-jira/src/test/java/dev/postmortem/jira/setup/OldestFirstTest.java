package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import dev.postmortem.jira.host.OldestFirst;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.narrative.PostmortemFields;
import dev.postmortem.jira.soak.DebriefField;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * "The oldest (lowest id)" is the lowest number, not the first text: Jira's ids pass 99999 on large sites, and as
 * text "customfield_100000" sorts before "customfield_99999". Checked on the order itself and on every place that
 * picks the oldest of several objects of the same name.
 */
class OldestFirstTest {

    private final FakeJira jira = new FakeJira();
    private final SetupTexts texts = new SetupTexts(jira.i18n);

    @Test
    void textIdsAreOrderedByTheirNumber() {
        List<String> ids = new ArrayList<>(List.of("customfield_100000", "customfield_99999", "customfield_10000"));
        ids.sort(OldestFirst.IDS);
        assertThat(ids).containsExactly("customfield_10000", "customfield_99999", "customfield_100000");

        List<String> typeIds = new ArrayList<>(List.of("100000", "99999", "10001"));
        typeIds.sort(OldestFirst.IDS);
        assertThat(typeIds).containsExactly("10001", "99999", "100000");
    }

    @Test
    void idsWithoutANumberComeAfterNumberedOnesAndNullLastSoTheOrderIsTotal() {
        List<String> ids = new ArrayList<>();
        ids.add(null);
        ids.addAll(List.of("customfield_x", "10", "abc", "0010", "99999999999999999999999", "customfield_"));
        ids.sort(OldestFirst.IDS);
        assertThat(ids).containsExactly("0010", "10", "99999999999999999999999", "abc", "customfield_",
                "customfield_x", null);
    }

    @Test
    void customFieldsIssueTypesAndLinkTypesPickTheLowestNumber() {
        assertThat(List.of(field("customfield_100000"), field("customfield_99999")).stream()
                .min(OldestFirst.CUSTOM_FIELDS).map(CustomField::getId)).contains("customfield_99999");
        assertThat(List.of(FakeJira.issueType("100000", "A", false, null), FakeJira.issueType("99999", "B", false, null))
                .stream().min(OldestFirst.ISSUE_TYPES).map(IssueType::getId)).contains("99999");
        assertThat(List.of(linkType(100000L), linkType(99999L)).stream()
                .min(OldestFirst.LINK_TYPES).map(IssueLinkType::getId)).contains(99999L);
    }

    @Test
    void theLookupPicksTheOldestPostmortemIssueTypeByNumber() {
        jira.issueTypes.add("100000", "Postmortem", false, 10318L);
        jira.issueTypes.add("99999", "Postmortem", false, 10318L);

        assertThat(jira.lookup(texts).issueType().map(IssueType::getId)).contains("99999");
    }

    @Test
    void aNewPostmortemTypeBorrowsTheAvatarOfTheOldestTypeByNumber() {
        FakeJira.Types types = new FakeJira.Types();
        types.add("100000", "Story", false, 2L);
        types.add("99999", "Bug", false, 1L);
        PostmortemLookup lookup = Lookups.of(types.manager(), jira.linkTypes.manager(), jira.fields.manager(), texts);

        new EnsurePostmortemIssueType(types.manager(), lookup, texts).ensure();

        IssueType created = types.named("Postmortem").orElseThrow();
        assertThat(created.getAvatar().getId()).isEqualTo(1L);
    }

    @Test
    void setupFindsTheOldestOfTwoDebriefFieldsByNumber() {
        twoDebriefFields();

        StepResult result = new EnsureDebriefHeldAtField(jira.fields.manager(), jira.lookup(texts), texts,
                jira.globalContext).ensure();

        assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.field.present");
        assertThat(result.args()).contains("customfield_99999").doesNotContain("customfield_100000");
    }

    @Test
    void theSoakGateFindsTheOldestOfTwoDebriefFieldsByNumber() {
        twoDebriefFields();

        assertThat(new DebriefField(jira.lookup(texts)).resolve().map(CustomField::getId))
                .contains("customfield_99999");
    }

    @Test
    void theNarrativeAndSummaryFindTheOldestOfTwoDebriefFieldsByNumber() {
        twoDebriefFields();

        assertThat(new PostmortemFields(jira.lookup(texts)).debriefHeldAt().map(CustomField::getId))
                .contains("customfield_99999");
    }

    /** The newer one first, as Jira may list them. */
    private void twoDebriefFields() {
        jira.fields.nextId = 100000;
        jira.fields.add("Debrief held at", EnsureDebriefHeldAtField.DATETIME_TYPE_KEY, List.of());
        jira.fields.nextId = 99999;
        jira.fields.add("Debrief held at", EnsureDebriefHeldAtField.DATETIME_TYPE_KEY, List.of());
    }

    private static CustomField field(String id) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        return field;
    }

    private static IssueLinkType linkType(long id) {
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getId()).thenReturn(Objects.requireNonNull(id));
        return type;
    }
}
