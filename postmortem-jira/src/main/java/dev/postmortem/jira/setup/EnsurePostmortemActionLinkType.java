package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import dev.postmortem.jira.host.LinkTypeSpec;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.SetupTexts;

/**
 * Ensures the issue link type "Postmortem action" (outward "has action", inward "is action of"): a postmortem
 * has actions, an action is action of a postmortem. An existing type of that name is reused even if an admin
 * renamed its directions: the soak gate only needs the type, and an admin's wording wins.
 */
public class EnsurePostmortemActionLinkType extends EnsureLinkType {

    public EnsurePostmortemActionLinkType(IssueLinkTypeManager issueLinkTypeManager, PostmortemLookup lookup,
            SetupTexts texts) {
        super(issueLinkTypeManager, lookup, texts, LinkTypeSpec.ACTION, "postmortem.jira.setup.linkType.replaced");
    }
}
