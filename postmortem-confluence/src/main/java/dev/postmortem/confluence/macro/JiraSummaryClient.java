package dev.postmortem.confluence.macro;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import dev.postmortem.core.summary.SummaryJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks the Jira app's REST resource {@code GET /rest/postmortem/1.0/summary/{issueKey}} for a summary, through
 * the application link, authenticated as the viewing user ({@code createAuthenticatedRequestFactory()}: OAuth
 * with impersonation), so Jira's permissions decide what each reader gets. Never throws for a remote failure:
 * every outcome is a {@link RemoteAnswer}.
 * <p>
 * The body is read through a bounded stream: at most {@link SummaryJson#MAX_INPUT_JSON_CHARS} characters plus one,
 * so an answer larger than any summary never lands in memory whole ({@link RemoteAnswer.TooLarge}).
 */
public final class JiraSummaryClient {

    static final String SUMMARY_PATH = "/rest/postmortem/1.0/summary/";
    /** How long to wait for a connection to Jira. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    /** How long to wait for Jira's answer once connected; the page waits this long at most, once per TTL. */
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(JiraSummaryClient.class);

    /** @param issueKey an issue key already checked by {@link MacroParameters} (safe in a URL path) */
    RemoteAnswer fetch(ApplicationLink link, String issueKey) {
        ApplicationLinkRequestFactory requestFactory = link.createAuthenticatedRequestFactory();
        try {
            ApplicationLinkRequest request = requestFactory.createRequest(Request.MethodType.GET, SUMMARY_PATH + issueKey);
            request.setConnectionTimeout((int) CONNECTION_TIMEOUT.toMillis());
            request.setSoTimeout((int) SOCKET_TIMEOUT.toMillis());
            request.addHeader("Accept", "application/json");
            return request.execute(new SummaryResponseHandler(requestFactory, link.getName(), issueKey));
        } catch (CredentialsRequiredException e) {
            LOG.debug("Viewer has not authorised access to Jira link {} yet", link.getName());
            return new RemoteAnswer.AuthorisationRequired(requestFactory.getAuthorisationURI());
        } catch (ResponseException e) {
            LOG.warn("Jira link {} could not be reached for postmortem summary {}: {}", link.getName(), issueKey, e.toString());
            return new RemoteAnswer.Unavailable(true);
        }
    }

    private record SummaryResponseHandler(ApplicationLinkRequestFactory requestFactory, String linkName, String issueKey)
            implements ApplicationLinkResponseHandler<RemoteAnswer> {

        @Override
        public RemoteAnswer handle(Response response) throws ResponseException {
            int status = response.getStatusCode();
            if (status >= 200 && status < 300) {
                return readBody(response);
            }
            if (status == 401) {
                return new RemoteAnswer.AuthorisationRequired(authorisationUri());
            }
            if (status == 403 || status == 404) {
                return new RemoteAnswer.NotFound();
            }
            LOG.warn("Jira link {} answered HTTP {} for postmortem summary {}", linkName, status, issueKey);
            return new RemoteAnswer.Unavailable(false);
        }

        private RemoteAnswer readBody(Response response) throws ResponseException {
            String body;
            try {
                body = readAtMost(response.getResponseBodyAsStream(), SummaryJson.MAX_INPUT_JSON_CHARS);
            } catch (IOException e) {
                // Cut off or timed out mid-body: Jira is as good as unreachable for the other macros too.
                LOG.warn("Jira link {} broke off its answer for postmortem summary {}: {}", linkName, issueKey, e.toString());
                return new RemoteAnswer.Unavailable(true);
            }
            if (body == null) {
                LOG.warn("Jira link {} answered with more than {} characters for postmortem summary {}; not read",
                        linkName, SummaryJson.MAX_INPUT_JSON_CHARS, issueKey);
                return new RemoteAnswer.TooLarge();
            }
            return new RemoteAnswer.Ok(body);
        }

        @Override
        public RemoteAnswer credentialsRequired(Response response) {
            return new RemoteAnswer.AuthorisationRequired(authorisationUri());
        }

        private URI authorisationUri() {
            return requestFactory.getAuthorisationURI();
        }
    }

    /**
     * The stream's text (UTF-8, as JSON is sent: RFC 8259), or null once it has more than {@code maxChars}
     * characters; then at most {@code maxChars + 1} characters have been decoded and the rest is never held. A missing
     * body reads as empty (and then fails as "not JSON").
     */
    static String readAtMost(InputStream in, int maxChars) throws IOException {
        if (in == null) {
            return "";
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            StringBuilder text = new StringBuilder(Math.min(maxChars + 1, 64 * 1024));
            char[] buffer = new char[8 * 1024];
            while (text.length() <= maxChars) {
                int read = reader.read(buffer, 0, Math.min(buffer.length, maxChars + 1 - text.length()));
                if (read < 0) {
                    return text.toString();
                }
                text.append(buffer, 0, read);
            }
            return null;
        }
    }
}
