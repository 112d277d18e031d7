package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.RememberedIds;
import dev.postmortem.jira.host.SetupTexts;

import java.util.Optional;

/**
 * Ensures the issue link type "Postmortem action" (outward "has action", inward "is action of"): a postmortem
 * has actions, an action is action of a postmortem. An existing type of that name is reused even if an admin
 * renamed its directions: the soak gate only needs the type, and an admin's wording wins.
 */
public class EnsurePostmortemActionLinkType implements SetupStep {

    static final String OUTWARD_KEY = "postmortem.jira.setup.linkType.outward";
    static final String INWARD_KEY = "postmortem.jira.setup.linkType.inward";

    private final IssueLinkTypeManager issueLinkTypeManager;
    private final PostmortemLookup lookup;
    private final SetupTexts texts;

    public EnsurePostmortemActionLinkType(IssueLinkTypeManager issueLinkTypeManager, PostmortemLookup lookup,
            SetupTexts texts) {
        this.issueLinkTypeManager = issueLinkTypeManager;
        this.lookup = lookup;
        this.texts = texts;
    }

    @Override
    public String id() {
        return PostmortemLookup.LINK_TYPE_ROLE;
    }

    @Override
    public StepResult ensure() {
        RememberedIds.Lookup<IssueLinkType> remembered = lookup.rememberedLinkType();
        if (remembered instanceof RememberedIds.Found<IssueLinkType> found) {
            // Found by id: whatever an administrator renamed it to, it is ours.
            IssueLinkType type = found.object();
            return StepResult.unchanged("postmortem.jira.setup.linkType.present", type.getName(),
                    String.valueOf(type.getId()));
        }
        StepResult result = adoptOrCreate();
        if (remembered instanceof RememberedIds.Gone<IssueLinkType> gone) {
            return StepResult.repaired("postmortem.jira.setup.linkType.replaced", gone.id(), result.args().get(0),
                    result.args().get(1));
        }
        return result;
    }

    private StepResult adoptOrCreate() {
        Optional<IssueLinkType> existing = lookup.linkTypeByName();
        if (existing.isPresent()) {
            IssueLinkType type = existing.get();
            lookup.remember(PostmortemLookup.LINK_TYPE_ROLE, String.valueOf(type.getId()));
            return StepResult.unchanged("postmortem.jira.setup.linkType.present", type.getName(),
                    String.valueOf(type.getId()));
        }
        String name = texts.text(PostmortemLookup.LINK_TYPE_NAME_KEY);
        // style null: a normal, user-visible link type (not a system one such as the sub-task link).
        issueLinkTypeManager.createIssueLinkType(name, texts.text(OUTWARD_KEY), texts.text(INWARD_KEY), null);
        // createIssueLinkType returns nothing: read it back, which also proves it was stored.
        IssueLinkType created = lookup.linkTypeByName()
                .orElseThrow(() -> new IllegalStateException("link type not found after creating it: " + name));
        lookup.remember(PostmortemLookup.LINK_TYPE_ROLE, String.valueOf(created.getId()));
        return StepResult.created("postmortem.jira.setup.linkType.created", created.getName(),
                String.valueOf(created.getId()));
    }
}
