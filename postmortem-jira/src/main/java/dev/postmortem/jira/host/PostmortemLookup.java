package dev.postmortem.jira.host;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds what setup ensured: the Postmortem issue type, the link types ({@link LinkTypeSpec}) and the fields. By the id
 * setup remembered ({@link RememberedIds}), so an administrator may rename any of them; by name (in any shipped
 * language) only while nothing is remembered yet, i.e. before setup first ran on this version.
 *
 * <p>When a remembered object was deleted, features get nothing (they then fail closed or stay hidden) and the log
 * says once per node what was deleted and how to get it back; the next setup run adopts or creates a new one.
 */
public class PostmortemLookup {

    public static final String ISSUE_TYPE_NAME_KEY = "postmortem.jira.setup.issueType.name";
    public static final String LINK_TYPE_NAME_KEY = "postmortem.jira.setup.linkType.name";
    public static final String ISSUE_TYPE_ROLE = "issue-type";
    public static final String LINK_TYPE_ROLE = "link-type";

    private static final Logger LOG = LoggerFactory.getLogger(PostmortemLookup.class);

    private final IssueTypeManager issueTypeManager;
    private final IssueLinkTypeManager issueLinkTypeManager;
    private final CustomFieldManager customFieldManager;
    private final SetupTexts texts;
    private final RememberedIds ids;
    private final OncePerNode goneReported = new OncePerNode();

    public PostmortemLookup(IssueTypeManager issueTypeManager, IssueLinkTypeManager issueLinkTypeManager,
            CustomFieldManager customFieldManager, SetupTexts texts, RememberedIds ids) {
        this.issueTypeManager = Objects.requireNonNull(issueTypeManager, "issueTypeManager");
        this.issueLinkTypeManager = Objects.requireNonNull(issueLinkTypeManager, "issueLinkTypeManager");
        this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The Postmortem issue type, sub-task types included (the caller decides what a sub-task means). */
    public Optional<IssueType> issueType() {
        return found(ISSUE_TYPE_ROLE, ids.lookup(ISSUE_TYPE_ROLE, this::issueTypeById), this::issueTypeByName);
    }

    /** The Postmortem action link type. */
    public Optional<IssueLinkType> actionLinkType() {
        return linkType(LinkTypeSpec.ACTION);
    }

    /** A link type setup ensures, e.g. {@link LinkTypeSpec#INCIDENT}. */
    public Optional<IssueLinkType> linkType(LinkTypeSpec spec) {
        return found(spec.role(), ids.lookup(spec.role(), this::linkTypeById), () -> linkTypeByName(spec));
    }

    /** A field setup ensures, e.g. {@code EnsureDebriefHeldAtField.SPEC}. */
    public Optional<CustomField> field(CustomFieldSpec spec) {
        return found(spec.role(), ids.lookup(spec.role(), id -> fieldById(id, spec)), () -> fieldByName(spec));
    }

    /** For setup under its lock: what the database says now (a read failure throws, see {@link RememberedIds#fresh}). */
    public RememberedIds.Lookup<IssueType> rememberedIssueType() {
        return ids.fresh(ISSUE_TYPE_ROLE, this::issueTypeById);
    }

    /** For setup under its lock, like {@link #rememberedIssueType()}. */
    public RememberedIds.Lookup<IssueLinkType> rememberedLinkType() {
        return rememberedLinkType(LinkTypeSpec.ACTION);
    }

    /** For setup under its lock, like {@link #rememberedIssueType()}. */
    public RememberedIds.Lookup<IssueLinkType> rememberedLinkType(LinkTypeSpec spec) {
        return ids.fresh(spec.role(), this::linkTypeById);
    }

    /** For setup under its lock, like {@link #rememberedIssueType()}. */
    public RememberedIds.Lookup<CustomField> rememberedField(CustomFieldSpec spec) {
        return ids.fresh(spec.role(), id -> fieldById(id, spec));
    }

    private IssueType issueTypeById(String id) {
        return issueTypeManager.getIssueType(id);
    }

    private IssueLinkType linkTypeById(String id) {
        try {
            return issueLinkTypeManager.getIssueLinkType(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The field by id; one whose type module is not enabled right now (type null) is still ours. */
    private CustomField fieldById(String id, CustomFieldSpec spec) {
        CustomField field = customFieldManager.getCustomFieldObject(id);
        return field != null && (field.getCustomFieldType() == null || hasType(field, spec)) ? field : null;
    }

    /** The issue type named Postmortem; a regular type before a sub-task type, then the oldest. */
    public Optional<IssueType> issueTypeByName() {
        Set<String> names = texts.namesFor(ISSUE_TYPE_NAME_KEY);
        // A stable order keeps every node on the same choice.
        return issueTypeManager.getIssueTypes().stream()
                .filter(type -> SetupTexts.matches(names, type.getName()))
                .min(Comparator.comparing(IssueType::isSubTask).thenComparing(OldestFirst.ISSUE_TYPES));
    }

    /** The link type named Postmortem action; the oldest one (lowest id) if a site has several. */
    public Optional<IssueLinkType> linkTypeByName() {
        return linkTypeByName(LinkTypeSpec.ACTION);
    }

    /** The link type with the spec's name (any shipped language); the oldest one (lowest id) if a site has several. */
    public Optional<IssueLinkType> linkTypeByName(LinkTypeSpec spec) {
        return texts.namesFor(spec.nameKey()).stream()
                .flatMap(name -> issueLinkTypeManager.getIssueLinkTypesByName(name).stream())
                .min(OldestFirst.LINK_TYPES);
    }

    /** The field with the spec's name (any shipped language) and type; the oldest if several. */
    public Optional<CustomField> fieldByName(CustomFieldSpec spec) {
        return texts.namesFor(spec.nameKey()).stream()
                .flatMap(name -> customFieldManager.getCustomFieldObjectsByName(name).stream())
                .filter(field -> hasType(field, spec))
                .min(OldestFirst.CUSTOM_FIELDS);
    }

    /** Setup remembers what it created or adopted. */
    public void remember(String role, String id) {
        ids.remember(role, id);
    }

    public static boolean hasType(CustomField field, CustomFieldSpec spec) {
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        return type != null && spec.typeKey().equals(type.getKey());
    }

    private <T> Optional<T> found(String role, RememberedIds.Lookup<T> remembered, Supplier<Optional<T>> byName) {
        if (remembered instanceof RememberedIds.Found<T> found) {
            return Optional.of(found.object());
        }
        if (remembered instanceof RememberedIds.Gone<T> gone) {
            if (goneReported.first(role + ":" + gone.id())) {
                LOG.warn("Postmortem: the Jira object setup created for '{}' (id {}) no longer exists; it was deleted"
                        + " in Jira's administration. What needs it stays off (the soak gate fails closed, the soak"
                        + " panel is hidden). Disable and enable the app, or restart Jira, to let setup create it again;"
                        + " then edit workflow conditions that name the old link type. (Logged once per node.)",
                        role, gone.id());
            }
            return Optional.empty();
        }
        return byName.get();
    }
}
