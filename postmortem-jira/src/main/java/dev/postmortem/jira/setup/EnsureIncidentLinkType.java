package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import dev.postmortem.jira.host.LinkTypeSpec;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.SetupTexts;

/**
 * Ensures the issue link type "Postmortem" (outward "is postmortem of", inward "has postmortem") that links a
 * postmortem created from an incident to that incident, and tells whether an incident already has one.
 */
public class EnsureIncidentLinkType extends EnsureLinkType {

    public EnsureIncidentLinkType(IssueLinkTypeManager issueLinkTypeManager, PostmortemLookup lookup,
            SetupTexts texts) {
        super(issueLinkTypeManager, lookup, texts, LinkTypeSpec.INCIDENT,
                "postmortem.jira.setup.incidentLinkType.replaced");
    }
}
