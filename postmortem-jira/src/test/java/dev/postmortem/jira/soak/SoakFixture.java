package dev.postmortem.jira.soak;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortem.core.soak.SoakOverride;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.setup.EnsureDebriefHeldAtField;
import dev.postmortem.jira.setup.Lookups;
import dev.postmortem.jira.storage.OverrideRecord;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Host objects around one action issue, mocked at the Jira edge, and a real {@link SoakGate} over them. Tests
 * add postmortems with {@link #postmortem} and read the gate's decision.
 */
final class SoakFixture {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final long LINK_TYPE_ID = 10100L;
    static final long OTHER_LINK_TYPE_ID = 10000L;
    static final long PROJECT_ID = 10200L;
    static final String DEBRIEF_FIELD_ID = "customfield_10300";

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final IssueLinkManager issueLinkManager = mock(IssueLinkManager.class);
    final IssueLinkTypeManager issueLinkTypeManager = mock(IssueLinkTypeManager.class);
    final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    final I18nResolver i18nResolver = mock(I18nResolver.class);
    final SetupTexts setupTexts = new SetupTexts(i18nResolver);
    /** As after setup: the debrief field and the link type remembered by id. */
    final PostmortemLookup lookup = Lookups.remembering(mock(IssueTypeManager.class), issueLinkTypeManager,
            customFieldManager, setupTexts, Map.of(EnsureDebriefHeldAtField.SPEC.role(), DEBRIEF_FIELD_ID,
                    PostmortemLookup.LINK_TYPE_ROLE, Long.toString(LINK_TYPE_ID)));
    final DebriefField debriefField = new DebriefField(lookup);
    final SoakRecords records = mock(SoakRecords.class);
    final CustomField debriefHeldAt = mock(CustomField.class);
    final IssueLinkType linkType = mock(IssueLinkType.class);
    final Issue action;
    private final List<IssueLink> links = new ArrayList<>();
    private final List<OverrideRecord> overrides = new ArrayList<>();
    private final Set<String> linkedKeys = new HashSet<>();
    private final Set<String> hiddenKeys = new HashSet<>();
    private long nextId = 20000L;

    SoakFixture() {
        action = issue(10001L, "ACT-1");
        when(linkType.getId()).thenReturn(LINK_TYPE_ID);
        when(linkType.getName()).thenReturn("Postmortem action");
        when(issueLinkTypeManager.getIssueLinkType(LINK_TYPE_ID)).thenReturn(linkType);
        when(issueLinkManager.getInwardLinks(action.getId())).thenReturn(links);
        when(debriefHeldAt.getId()).thenReturn(DEBRIEF_FIELD_ID);
        when(debriefHeldAt.getName()).thenReturn("Debrief held at");
        CustomFieldType<Object, Object> dateTime = type(EnsureDebriefHeldAtField.DATETIME_TYPE_KEY);
        when(debriefHeldAt.getCustomFieldType()).thenAnswer(invocation -> dateTime);
        when(i18nResolver.getText(EnsureDebriefHeldAtField.NAME_KEY)).thenReturn("Debrief held at");
        when(i18nResolver.getText(any(Locale.class), eq(EnsureDebriefHeldAtField.NAME_KEY)))
                .thenReturn("Debrief held at");
        when(customFieldManager.getCustomFieldObjectsByName("Debrief held at")).thenReturn(List.of(debriefHeldAt));
        when(customFieldManager.getCustomFieldObject(DEBRIEF_FIELD_ID)).thenReturn(debriefHeldAt);
        when(records.policyFor(PROJECT_ID)).thenReturn(SoakPolicy.ofHours(48));
        when(records.overridesFor(action.getId())).thenReturn(overrides);
        when(i18nResolver.getText(PostmortemLookup.LINK_TYPE_NAME_KEY)).thenReturn("Postmortem action");
        when(i18nResolver.getText(any(Locale.class), eq(PostmortemLookup.LINK_TYPE_NAME_KEY)))
                .thenReturn("Postmortem action");
        when(issueLinkTypeManager.getIssueLinkTypesByName("Postmortem action")).thenReturn(List.of(linkType));
    }

    /** Setup's lookup of the Postmortem action link type, over the same mocks. */
    PostmortemLookup lookup() {
        return lookup;
    }

    /** An admin deleted the Postmortem action link type. */
    void deleteLinkType() {
        when(issueLinkTypeManager.getIssueLinkTypesByName("Postmortem action")).thenReturn(List.of());
        when(issueLinkTypeManager.getIssueLinkType(LINK_TYPE_ID)).thenReturn(null);
    }

    /** An admin deleted the "Debrief held at" field. */
    void deleteDebriefField() {
        when(customFieldManager.getCustomFieldObjectsByName("Debrief held at")).thenReturn(List.of());
        when(customFieldManager.getCustomFieldObject(DEBRIEF_FIELD_ID)).thenReturn(null);
    }

    SoakGate gate() {
        return new SoakGate(issueLinkManager, issueLinkTypeManager, debriefField, records, clock);
    }

    /** A MutableIssue, as IssueManager hands them out. */
    static Issue issue(long id, String key) {
        Issue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getProjectId()).thenReturn(PROJECT_ID);
        return issue;
    }

    /** A postmortem linked to the action by the Postmortem action link type; debriefAt null = no debrief yet. */
    Issue postmortem(String key, Instant debriefAt) {
        return linked(key, debriefAt == null ? null : Timestamp.from(debriefAt), LINK_TYPE_ID);
    }

    Issue linked(String key, Object debriefValue, long linkTypeId) {
        long id = nextId++;
        Issue postmortem = issue(id, key);
        when(postmortem.getCustomFieldValue(debriefHeldAt)).thenReturn(debriefValue);
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(linkTypeId);
        when(link.getSourceId()).thenReturn(id);
        when(link.getSourceObject()).thenReturn(postmortem);
        links.add(link);
        linkedKeys.add(key);
        return postmortem;
    }

    /** A link of the Postmortem action type whose source issue Jira cannot load (deleted, or unreadable). */
    void unreadableLink(long sourceId) {
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(LINK_TYPE_ID);
        when(link.getSourceId()).thenReturn(sourceId);
        when(link.getSourceObject()).thenReturn(null);
        links.add(link);
    }

    /**
     * Browse permission on the linked postmortems, for any user (anonymous included): all of them, now and later,
     * except those {@link #hide}s. Other issues are left to the test's own stubs.
     */
    void browsePostmortems(PermissionManager permissionManager) {
        when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS),
                argThat((Issue issue) -> issue != null && linkedKeys.contains(issue.getKey())
                        && !hiddenKeys.contains(issue.getKey())),
                any())).thenReturn(true);
    }

    /** The viewer may not browse this postmortem (in a project they cannot see). */
    void hide(Issue postmortem) {
        hiddenKeys.add(postmortem.getKey());
    }

    OverrideRecord override(Issue postmortem, Instant at, Instant expiresAt, Instant revokedAt) {
        long actionId = action.getId();
        long postmortemId = postmortem.getId();
        OverrideRecord record = new OverrideRecord(overrides.size() + 1L, actionId, postmortemId,
                new SoakOverride("Customer outage fix cannot wait", "admin", at), expiresAt, revokedAt,
                revokedAt == null ? null : "admin");
        overrides.add(record);
        return record;
    }

    static Map<String, String> args(String source, String hours, String linkTypeId, boolean passWithout) {
        return Map.of(GateSettings.ARG_SOURCE, source, GateSettings.ARG_HOURS, hours,
                GateSettings.ARG_LINK_TYPE, linkTypeId, GateSettings.ARG_PASS_WITHOUT, Boolean.toString(passWithout));
    }

    static Map<String, String> projectPolicyArgs() {
        return args("project", "", Long.toString(LINK_TYPE_ID), false);
    }

    @SuppressWarnings("unchecked")
    static CustomFieldType<Object, Object> type(String key) {
        CustomFieldType<Object, Object> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(key);
        return type;
    }
}
