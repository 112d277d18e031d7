package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import dev.postmortem.jira.host.LinkTypeSpec;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.RememberedIds;
import dev.postmortem.jira.host.SetupTexts;

import java.util.Optional;

/**
 * Ensures an issue link type ({@link LinkTypeSpec}): found by the id setup remembered, else adopted by name (any
 * shipped language) even if an admin renamed its directions, else created; its id is remembered
 * (docs/adr/0015-remember-setup-objects-by-id.md). An admin's wording wins: features only need the type.
 */
public class EnsureLinkType implements SetupStep {

    private final IssueLinkTypeManager issueLinkTypeManager;
    private final PostmortemLookup lookup;
    private final SetupTexts texts;
    private final LinkTypeSpec spec;
    private final String replacedKey;

    /** @param replacedKey message when the remembered type was deleted: {0} old id, {1} name and {2} id of the new */
    public EnsureLinkType(IssueLinkTypeManager issueLinkTypeManager, PostmortemLookup lookup, SetupTexts texts,
            LinkTypeSpec spec, String replacedKey) {
        this.issueLinkTypeManager = issueLinkTypeManager;
        this.lookup = lookup;
        this.texts = texts;
        this.spec = spec;
        this.replacedKey = replacedKey;
    }

    @Override
    public String id() {
        return spec.role();
    }

    @Override
    public StepResult ensure() {
        RememberedIds.Lookup<IssueLinkType> remembered = lookup.rememberedLinkType(spec);
        if (remembered instanceof RememberedIds.Found<IssueLinkType> found) {
            // Found by id: whatever an administrator renamed it to, it is ours.
            IssueLinkType type = found.object();
            return StepResult.unchanged("postmortem.jira.setup.linkType.present", type.getName(),
                    String.valueOf(type.getId()));
        }
        StepResult result = adoptOrCreate();
        if (remembered instanceof RememberedIds.Gone<IssueLinkType> gone) {
            return StepResult.repaired(replacedKey, gone.id(), result.args().get(0), result.args().get(1));
        }
        return result;
    }

    private StepResult adoptOrCreate() {
        Optional<IssueLinkType> existing = lookup.linkTypeByName(spec);
        if (existing.isPresent()) {
            IssueLinkType type = existing.get();
            lookup.remember(spec.role(), String.valueOf(type.getId()));
            return StepResult.unchanged("postmortem.jira.setup.linkType.present", type.getName(),
                    String.valueOf(type.getId()));
        }
        String name = texts.text(spec.nameKey());
        // style null: a normal, user-visible link type (not a system one such as the sub-task link).
        issueLinkTypeManager.createIssueLinkType(name, texts.text(spec.outwardKey()), texts.text(spec.inwardKey()),
                null);
        // createIssueLinkType returns nothing: read it back, which also proves it was stored.
        IssueLinkType created = lookup.linkTypeByName(spec)
                .orElseThrow(() -> new IllegalStateException("link type not found after creating it: " + name));
        lookup.remember(spec.role(), String.valueOf(created.getId()));
        return StepResult.created("postmortem.jira.setup.linkType.created", created.getName(),
                String.valueOf(created.getId()));
    }
}
