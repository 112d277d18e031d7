package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import dev.postmortem.jira.host.CustomFieldSpec;
import dev.postmortem.jira.host.OldestFirst;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.RememberedIds;
import dev.postmortem.jira.host.SetupTexts;
import org.ofbiz.core.entity.GenericEntityException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ensures one custom field of a given type, with a context for the Postmortem issue type. Subclasses name the
 * field ({@link CustomFieldSpec}); the narrative field reuses this for its own type.
 *
 * <ul>
 *   <li>The field setup remembered by id is kept, whatever it is called now.</li>
 *   <li>Otherwise a field with the same name and the same type is reused (the oldest, if several) and remembered.</li>
 *   <li>A field with the same name but another type is left alone and reported: taking it over would change the
 *       meaning of an admin's field, creating a twin would confuse every screen and JQL query.</li>
 *   <li>A reused field whose contexts do not cover the Postmortem issue type is reported for an admin to
 *       extend; setup does not rewrite an existing field's configuration schemes.</li>
 *   <li>The field is created in the global context (all projects) for the Postmortem issue type only.</li>
 * </ul>
 */
public class EnsureCustomField implements SetupStep {

    private final CustomFieldSpec spec;
    private final CustomFieldManager customFieldManager;
    private final PostmortemLookup lookup;
    private final SetupTexts texts;
    private final JiraContextNode globalContext;

    /**
     * @param globalContext {@code GlobalIssueContext.getInstance()}, passed in (see postmortem-setup.xml) so tests
     *                      need no Jira static
     */
    public EnsureCustomField(CustomFieldSpec spec, CustomFieldManager customFieldManager, PostmortemLookup lookup,
            SetupTexts texts, JiraContextNode globalContext) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.globalContext = globalContext;
    }

    @Override
    public String id() {
        return spec.role();
    }

    @Override
    public StepResult ensure() {
        Optional<StepResult> off = switchedOff();
        if (off.isPresent()) {
            return off.get();
        }
        Optional<IssueType> postmortemType = lookup.issueType().filter(type -> !type.isSubTask());
        RememberedIds.Lookup<CustomField> remembered = lookup.rememberedField(spec);
        if (remembered instanceof RememberedIds.Found<CustomField> found) {
            // Found by id: whatever an administrator renamed it to, it is ours.
            return kept(found.object(), postmortemType);
        }
        StepResult result = adoptOrCreate(postmortemType);
        if (remembered instanceof RememberedIds.Gone<CustomField> gone && result.found()) {
            return StepResult.repaired("postmortem.jira.setup.field.replaced", gone.id(), result.args().get(0),
                    result.args().get(1));
        }
        return result;
    }

    /** A result when the field's feature cannot run on this Jira (see {@code host.OptionalFeatures}). */
    protected Optional<StepResult> switchedOff() {
        return Optional.empty();
    }

    /** The searcher a new field gets; null creates it without one (allowed only if not {@link #searcherRequired}). */
    protected CustomFieldSearcher searcher() {
        return customFieldManager.getCustomFieldSearcher(spec.searcherKey());
    }

    protected boolean searcherRequired() {
        return true;
    }

    protected final CustomFieldSpec spec() {
        return spec;
    }

    private StepResult adoptOrCreate(Optional<IssueType> postmortemType) {
        List<CustomField> sameName = texts.namesFor(spec.nameKey()).stream()
                .flatMap(name -> customFieldManager.getCustomFieldObjectsByName(name).stream())
                .distinct()
                .toList();
        Optional<CustomField> ours = sameName.stream()
                .filter(field -> PostmortemLookup.hasType(field, spec))
                .min(OldestFirst.CUSTOM_FIELDS);
        if (ours.isPresent()) {
            lookup.remember(spec.role(), ours.get().getId());
            return kept(ours.get(), postmortemType);
        }
        if (!sameName.isEmpty()) {
            CustomField clash = sameName.get(0);
            return StepResult.attention("postmortem.jira.setup.field.otherType", clash.getName(), clash.getId());
        }
        if (postmortemType.isEmpty()) {
            // Without the issue type the field would get a context for all issue types: wait for the next start.
            return StepResult.failed("postmortem.jira.setup.field.noIssueType", texts.text(spec.nameKey()));
        }
        CustomFieldType<?, ?> type = customFieldManager.getCustomFieldType(spec.typeKey());
        if (type == null) {
            return StepResult.failed("postmortem.jira.setup.field.typeMissing", spec.typeKey());
        }
        CustomFieldSearcher searcher = searcher();
        if (searcher == null && searcherRequired()) {
            return StepResult.failed("postmortem.jira.setup.field.searcherMissing", spec.searcherKey());
        }
        try {
            CustomField created = customFieldManager.createCustomField(texts.text(spec.nameKey()),
                    texts.text(spec.descriptionKey()), type, searcher, List.of(globalContext),
                    List.of(postmortemType.get()));
            lookup.remember(spec.role(), created.getId());
            return StepResult.created(searcher == null ? "postmortem.jira.setup.field.createdWithoutSearcher"
                    : "postmortem.jira.setup.field.created", created.getName(), created.getId());
        } catch (GenericEntityException e) {
            throw new IllegalStateException("could not create custom field " + spec.nameKey(), e);
        }
    }

    private StepResult kept(CustomField field, Optional<IssueType> postmortemType) {
        if (postmortemType.isPresent() && !covers(field, postmortemType.get())) {
            return StepResult.attention("postmortem.jira.setup.field.noContext", field.getName(), field.getId(),
                    postmortemType.get().getName());
        }
        return StepResult.unchanged("postmortem.jira.setup.field.present", field.getName(), field.getId());
    }

    private static boolean covers(CustomField field, IssueType postmortemType) {
        List<IssueType> associated = field.getAssociatedIssueTypes();
        if (associated == null) {
            return false;
        }
        // A null element is Jira's "all issue types".
        return associated.stream().anyMatch(type -> type == null || postmortemType.getId().equals(type.getId()));
    }
}
