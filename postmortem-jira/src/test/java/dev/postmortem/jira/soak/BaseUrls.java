package dev.postmortem.jira.soak;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** SAL's application properties with a base URL, for the soak panel's links to postmortems. */
final class BaseUrls {

    private BaseUrls() {
    }

    static ApplicationProperties of(String base) {
        ApplicationProperties properties = mock(ApplicationProperties.class);
        when(properties.getBaseUrl(UrlMode.CANONICAL)).thenReturn(base);
        return properties;
    }
}
