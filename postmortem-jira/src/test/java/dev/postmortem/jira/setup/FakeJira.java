package dev.postmortem.jira.setup;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.RememberedIds;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.storage.InMemorySetupObjects;
import dev.postmortem.jira.storage.InMemorySoakPolicyStore;
import dev.postmortem.testsupport.InMemoryClusterLocks;
import org.ofbiz.core.entity.GenericEntityException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Small in-memory stand-ins for the Jira managers setup talks to. They behave like Jira where it matters to
 * setup: what was created can be found again, issue type names are unique, a link type is found by its exact
 * name, a field by its name, and a created field keeps the issue types of its context. So "a second start
 * changes nothing" is checked against state, not against recorded calls.
 *
 * <p>The fakes do not implement the stub interfaces themselves (other features add members to them): each is
 * exposed through a Mockito mock that delegates to it, and Jira's value objects are plain mocks.
 */
final class FakeJira {

    final Types issueTypes = new Types();
    final LinkTypes linkTypes = new LinkTypes();
    final Fields fields = new Fields();
    /** Jira's default language; a test may switch it before setup runs. */
    I18nResolver i18n = JiraTexts.english();
    final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    final InMemorySoakPolicyStore policies = new InMemorySoakPolicyStore();
    /** What setup remembered; one store for every lookup, so a second start sees what the first remembered. */
    final InMemorySetupObjects remembered = new InMemorySetupObjects();
    /** One per node in Jira (a bean shared by setup and the features); one per fake here. */
    final RememberedIds rememberedIds = new RememberedIds(remembered, java.time.Clock.systemUTC());
    final JiraContextNode globalContext = new JiraContextNode() {
    };

    FakeJira() {
        // A fresh Jira: the system types, each with its avatar.
        issueTypes.add("10001", "Bug", false, 10303L);
        issueTypes.add("10002", "Task", false, 10318L);
        issueTypes.add("10003", "Sub-task", true, 10316L);
        fields.registerType(EnsureDebriefHeldAtField.DATETIME_TYPE_KEY);
        fields.registerSearcher(EnsureDebriefHeldAtField.DATETIME_SEARCHER_KEY);
    }

    PostmortemLookup lookup(SetupTexts texts) {
        return new PostmortemLookup(issueTypes.manager(), linkTypes.manager(), fields.manager(), texts,
                rememberedIds);
    }

    PostmortemSetup setup(java.time.Duration lockWait) {
        return setup(lockWait, lookup(new SetupTexts(i18n)));
    }

    /** Setup as a second node runs it: the same Jira and database, its own memo of what setup remembered. */
    PostmortemSetup setupOnAnotherNode(java.time.Duration lockWait) {
        return setup(lockWait, new PostmortemLookup(issueTypes.manager(), linkTypes.manager(), fields.manager(),
                new SetupTexts(i18n), new RememberedIds(remembered, java.time.Clock.systemUTC())));
    }

    private PostmortemSetup setup(java.time.Duration lockWait, PostmortemLookup lookup) {
        SetupTexts texts = new SetupTexts(i18n);
        List<SetupStep> steps = List.of(
                new EnsurePostmortemIssueType(issueTypes.manager(), lookup, texts),
                new EnsurePostmortemActionLinkType(linkTypes.manager(), lookup, texts),
                new EnsureDebriefHeldAtField(fields.manager(), lookup, texts, globalContext),
                new EnsureDefaultSoakPolicy(policies));
        return new PostmortemSetup(locks, steps, texts, lockWait);
    }

    static IssueType issueType(String id, String name, boolean subTask, Long avatarId) {
        IssueType type = mock(IssueType.class, "IssueType " + name + " " + id);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(type.isSubTask()).thenReturn(subTask);
        if (avatarId != null) {
            Avatar avatar = mock(Avatar.class);
            when(avatar.getId()).thenReturn(avatarId);
            when(type.getAvatar()).thenReturn(avatar);
        }
        return type;
    }

    /** Issue types; {@link #manager()} is the IssueTypeManager view of them. */
    static final class Types {
        final List<IssueType> all = new ArrayList<>();
        final Map<String, String> descriptions = new HashMap<>();
        private int nextId = 10100;

        IssueTypeManager manager() {
            return mock(IssueTypeManager.class, delegatesTo(this));
        }

        IssueType add(String id, String name, boolean subTask, Long avatarId) {
            IssueType type = issueType(id, name, subTask, avatarId);
            all.add(type);
            return type;
        }

        Optional<IssueType> named(String name) {
            return all.stream().filter(t -> t.getName().equals(name)).findFirst();
        }

        public IssueType createIssueType(String name, String description, Long avatarId) {
            if (all.stream().anyMatch(t -> t.getName().equalsIgnoreCase(name))) {
                // Jira rejects a second issue type with the same name.
                throw new IllegalStateException("An issue type with this name already exists.");
            }
            IssueType type = add(String.valueOf(nextId++), name, false, avatarId);
            descriptions.put(type.getId(), description);
            return type;
        }

        public IssueType getIssueType(String id) {
            return all.stream().filter(t -> t.getId().equals(id)).findFirst().orElse(null);
        }

        public Collection<IssueType> getIssueTypes() {
            return List.copyOf(all);
        }
    }

    /** Issue link types; {@link #manager()} is the IssueLinkTypeManager view. */
    static final class LinkTypes {
        final List<IssueLinkType> all = new ArrayList<>();
        private long nextId = 10200;

        IssueLinkTypeManager manager() {
            return mock(IssueLinkTypeManager.class, delegatesTo(this));
        }

        void add(String name, String outward, String inward) {
            IssueLinkType type = mock(IssueLinkType.class, "IssueLinkType " + name);
            when(type.getId()).thenReturn(nextId++);
            when(type.getName()).thenReturn(name);
            when(type.getOutward()).thenReturn(outward);
            when(type.getInward()).thenReturn(inward);
            all.add(type);
        }

        public void createIssueLinkType(String name, String outward, String inward, String style) {
            add(name, outward, inward);
        }

        public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
            return all.stream().filter(t -> t.getName().equals(name)).toList();
        }

        public IssueLinkType getIssueLinkType(Long id) {
            return all.stream().filter(t -> t.getId().equals(id)).findFirst().orElse(null);
        }

        /** An administrator renames a link type: Jira keeps its id. */
        void rename(IssueLinkType type, String name) {
            when(type.getName()).thenReturn(name);
        }

        void delete(IssueLinkType type) {
            all.remove(type);
        }
    }

    /** A stored custom field: what Jira keeps, and the CustomField the managers hand out. */
    record FieldRow(CustomField field, String name, String typeKey, CustomFieldSearcher searcher,
            List<JiraContextNode> contexts, List<IssueType> issueTypes, String description) {
    }

    /** Custom fields, types and searchers; {@link #manager()} is the CustomFieldManager view. */
    static final class Fields {
        final List<FieldRow> all = new ArrayList<>();
        final Map<String, CustomFieldSearcher> searchers = new HashMap<>();
        private final Map<String, CustomFieldType<?, ?>> types = new HashMap<>();
        /** The number of the next field id; a test may set it to give a field a chosen id. */
        long nextId = 10300;
        RuntimeException failOnCreate;

        CustomFieldManager manager() {
            return mock(CustomFieldManager.class, delegatesTo(this));
        }

        void registerType(String key) {
            types.put(key, fieldType(key));
        }

        void registerSearcher(String key) {
            searchers.put(key, mock(CustomFieldSearcher.class, "searcher " + key));
        }

        private static CustomFieldType<?, ?> fieldType(String key) {
            CustomFieldType<?, ?> type = mock(CustomFieldType.class, "type " + key);
            when(type.getKey()).thenReturn(key);
            return type;
        }

        FieldRow add(String name, String typeKey, List<IssueType> issueTypes) {
            return store(name, "", fieldType(typeKey), null, List.of(), issueTypes);
        }

        private FieldRow store(String name, String description, CustomFieldType<?, ?> type,
                CustomFieldSearcher searcher, List<JiraContextNode> contexts, List<IssueType> issueTypes) {
            String id = "customfield_" + nextId++;
            CustomField field = mock(CustomField.class, name + " " + id);
            when(field.getId()).thenReturn(id);
            when(field.getName()).thenReturn(name);
            doReturn(type).when(field).getCustomFieldType();
            when(field.getCustomFieldSearcher()).thenReturn(searcher);
            // Arrays.asList keeps Jira's null element ("all issue types").
            when(field.getAssociatedIssueTypes()).thenReturn(new ArrayList<>(issueTypes));
            FieldRow row = new FieldRow(field, name, type.getKey(), searcher, List.copyOf(contexts),
                    new ArrayList<>(issueTypes), description);
            all.add(row);
            return row;
        }

        public CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
                CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts, List<IssueType> issueTypes)
                throws GenericEntityException {
            if (failOnCreate != null) {
                throw failOnCreate;
            }
            return store(fieldName, description, fieldType, customFieldSearcher, contexts, issueTypes).field();
        }

        public Collection<CustomField> getCustomFieldObjectsByName(String customFieldName) {
            return all.stream().filter(f -> f.field().getName().equals(customFieldName)).map(FieldRow::field).toList();
        }

        public CustomField getCustomFieldObject(String id) {
            return all.stream().map(FieldRow::field).filter(f -> f.getId().equals(id)).findFirst().orElse(null);
        }

        public CustomFieldType<?, ?> getCustomFieldType(String key) {
            return types.get(key);
        }

        public CustomFieldSearcher getCustomFieldSearcher(String key) {
            return searchers.get(key);
        }
    }
}
