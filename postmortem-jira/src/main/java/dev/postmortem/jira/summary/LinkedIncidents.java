package dev.postmortem.jira.summary;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.jira.host.LinkTypeSpec;
import dev.postmortem.jira.host.PostmortemLookup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The incidents a postmortem is of, as the summary names them: the destinations of its outward links of the
 * incident link type ("is postmortem of"; the postmortem is the source, as the incident feature creates the link),
 * without those the caller may not browse. A hidden incident is dropped before anything is counted, so neither its
 * key nor its existence leaks. Without the link type (setup has not run, or it was deleted) none is named.
 *
 * <p>Cost: the postmortem's outward links, read from Jira's link cache (the same read the actions use), and one
 * browse check per linked incident.
 */
public class LinkedIncidents {

    private final IssueLinkManager issueLinkManager;
    private final PostmortemLookup lookup;
    private final PermissionManager permissionManager;

    public LinkedIncidents(IssueLinkManager issueLinkManager, PostmortemLookup lookup,
            PermissionManager permissionManager) {
        this.issueLinkManager = Objects.requireNonNull(issueLinkManager, "issueLinkManager");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
    }

    /** The keys of the incidents {@code caller} may browse, in link order, each once. */
    public List<String> of(Issue postmortem, ApplicationUser caller) {
        return of(postmortem,
                incident -> permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, incident, caller));
    }

    /** @param mayBrowse the browse check for the caller, asked once per linked incident in hand */
    public List<String> of(Issue postmortem, Predicate<Issue> mayBrowse) {
        Optional<Long> typeId = lookup.linkType(LinkTypeSpec.INCIDENT).map(IssueLinkType::getId);
        if (typeId.isEmpty() || postmortem.getId() == null) {
            return List.of();
        }
        List<IssueLink> links = issueLinkManager.getOutwardLinks(postmortem.getId());
        if (links == null) {
            return List.of();
        }
        return links.stream()
                .filter(link -> typeId.get().equals(link.getLinkTypeId()))
                .map(IssueLink::getDestinationObject)
                .filter(incident -> incident != null && incident.getKey() != null)
                .filter(mayBrowse)
                .map(Issue::getKey)
                .distinct()
                .toList();
    }
}
