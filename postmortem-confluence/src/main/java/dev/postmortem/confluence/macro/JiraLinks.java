package dev.postmortem.confluence.macro;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;

import java.util.Optional;

/**
 * Finds the Jira application link a macro reads from. Only links of the Jira type count, so an id that names a
 * Bitbucket or another Confluence is reported like an unknown one.
 */
public final class JiraLinks {

    private final ApplicationLinkService applicationLinkService;

    public JiraLinks(ApplicationLinkService applicationLinkService) {
        this.applicationLinkService = applicationLinkService;
    }

    /** The primary Jira link, if any Jira is linked. */
    Optional<ApplicationLink> primary() {
        return Optional.ofNullable(applicationLinkService.getPrimaryApplicationLink(JiraApplicationType.class));
    }

    /** The Jira link with this application id. */
    Optional<ApplicationLink> byId(String id) {
        for (ApplicationLink link : applicationLinkService.getApplicationLinks(JiraApplicationType.class)) {
            ApplicationId linkId = link.getId();
            if (linkId != null && id.equals(linkId.get())) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }
}
