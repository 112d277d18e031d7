package dev.postmortem.jira.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import java.util.Objects;

/** Links to Jira issues, from Jira's canonical base URL: one place for "/browse/KEY". */
public class IssueUrls {

    private final ApplicationProperties applicationProperties;

    public IssueUrls(ApplicationProperties applicationProperties) {
        this.applicationProperties = Objects.requireNonNull(applicationProperties, "applicationProperties");
    }

    /** {@code https://jira.example.com/browse/KEY}; relative ({@code /browse/KEY}) when Jira has no base URL. */
    public String browse(String issueKey) {
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        return (base == null ? "" : base.replaceAll("/+$", "")) + "/browse/" + issueKey;
    }
}
