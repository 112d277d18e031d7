package dev.postmortem.jira.host;

import java.util.Objects;

/**
 * An issue link type setup ensures: its role (under which its Jira id is remembered, and the setup step's id) and
 * the i18n keys of its name and its two directions. Source → destination reads "outward", e.g. a postmortem "has
 * action" an action, a postmortem "is postmortem of" an incident.
 */
public record LinkTypeSpec(String role, String nameKey, String outwardKey, String inwardKey) {

    /** Postmortem (source) → action (destination). */
    public static final LinkTypeSpec ACTION = new LinkTypeSpec(PostmortemLookup.LINK_TYPE_ROLE,
            PostmortemLookup.LINK_TYPE_NAME_KEY, "postmortem.jira.setup.linkType.outward",
            "postmortem.jira.setup.linkType.inward");

    /** Postmortem (source) → the incident it reviews (destination). */
    public static final LinkTypeSpec INCIDENT = new LinkTypeSpec("incident-link-type",
            "postmortem.jira.setup.incidentLinkType.name", "postmortem.jira.setup.incidentLinkType.outward",
            "postmortem.jira.setup.incidentLinkType.inward");

    public LinkTypeSpec {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(outwardKey, "outwardKey");
        Objects.requireNonNull(inwardKey, "inwardKey");
    }
}
