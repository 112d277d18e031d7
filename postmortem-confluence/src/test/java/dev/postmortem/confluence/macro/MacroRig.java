package dev.postmortem.confluence.macro;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import dev.postmortem.core.summary.SummaryRenderer;
import dev.postmortem.testsupport.InMemoryCache;
import dev.postmortem.testsupport.MutableClock;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

/**
 * The macro wired as in postmortem-macro.xml, with Mockito only at the host edge: Application Links (one Jira link
 * "Jira Ops", id {@code jira-1}), SAL's user, locale and time zone, and the conversion context. Caches are
 * in-memory fakes of the Atlassian Cache interface; the clock is the test's.
 */
final class MacroRig {

    static final String LINK_ID = "jira-1";
    static final String LINK_NAME = "Jira Ops";
    static final URI AUTHORISATION_URI = URI.create("https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?applicationLinkID=jira-1");
    static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final InMemoryCache<String, String> fresh = new InMemoryCache<>();
    final InMemoryCache<String, String> lastGood = new InMemoryCache<>();
    final ApplicationLinkService linkService = mock(ApplicationLinkService.class);
    final ApplicationLink jira = mock(ApplicationLink.class);
    final ApplicationLinkRequestFactory requestFactory = mock(ApplicationLinkRequestFactory.class);
    final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
    final UserManager userManager = mock(UserManager.class);
    final LocaleResolver localeResolver = mock(LocaleResolver.class);
    final TimeZoneManager timeZoneManager = mock(TimeZoneManager.class);
    final SummaryRenderer summaryRenderer = new SummaryRenderer();

    private Locale locale = Locale.ENGLISH;
    private PostmortemSummaryMacro macro;

    MacroRig() throws Exception {
        ApplicationId id = mock(ApplicationId.class);
        when(id.get()).thenReturn(LINK_ID);
        when(jira.getId()).thenReturn(id);
        when(jira.getName()).thenReturn(LINK_NAME);
        when(jira.createAuthenticatedRequestFactory()).thenReturn(requestFactory);
        when(linkService.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(jira);
        when(linkService.getApplicationLinks(JiraApplicationType.class)).thenReturn(List.of(jira));
        when(requestFactory.createRequest(any(Request.MethodType.class), anyString())).thenReturn(request);
        when(requestFactory.getAuthorisationURI()).thenReturn(AUTHORISATION_URI);
        when(localeResolver.getLocale()).thenAnswer(invocation -> locale);
        when(timeZoneManager.getUserTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
        viewer("alice");
    }

    /** Who reads the page; null for anonymous. */
    MacroRig viewer(String userKey) {
        if (userKey == null) {
            when(userManager.getRemoteUserKey()).thenReturn(null);
        } else {
            UserKey key = mock(UserKey.class);
            when(key.getStringValue()).thenReturn(userKey);
            when(userManager.getRemoteUserKey()).thenReturn(key);
        }
        return this;
    }

    MacroRig locale(Locale newLocale) {
        this.locale = newLocale;
        this.macro = null; // the I18nResolver follows the viewer's locale, as SAL's does
        return this;
    }

    /** Jira answers every summary request with this status and body. */
    MacroRig jiraAnswers(int status, String body) throws Exception {
        return jiraAnswers(status, () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Jira answers every summary request with this status and a body stream from {@code body}, anew for each. */
    MacroRig jiraAnswers(int status, Supplier<InputStream> body) throws Exception {
        Response response = mock(Response.class);
        when(response.getStatusCode()).thenReturn(status);
        when(response.getResponseBodyAsStream()).thenAnswer(invocation -> body.get());
        doAnswer(invocation -> {
            ApplicationLinkResponseHandler<?> handler = invocation.getArgument(0);
            return handler.handle(response);
        }).when(request).execute(any());
        return this;
    }

    /** Jira does not answer in time (SAL reports timeouts and I/O failures as ResponseException). */
    MacroRig jiraTimesOut() throws Exception {
        doThrow(mock(ResponseException.class)).when(request).execute(any());
        return this;
    }

    /** The viewer has no OAuth token for the link yet. */
    MacroRig viewerHasNotAuthorised() throws Exception {
        doThrow(mock(CredentialsRequiredException.class))
                .when(requestFactory).createRequest(any(Request.MethodType.class), anyString());
        return this;
    }

    /** The link's authentication provider tells the handler that credentials are required. */
    MacroRig jiraAsksForCredentials() throws Exception {
        Response response = mock(Response.class);
        when(response.getStatusCode()).thenReturn(401);
        doAnswer(invocation -> {
            ApplicationLinkResponseHandler<?> handler = invocation.getArgument(0);
            return handler.credentialsRequired(response);
        }).when(request).execute(any());
        return this;
    }

    String render(String issueKey) {
        return render(Map.of(MacroParameters.ISSUE_KEY, issueKey), "display");
    }

    String render(Map<String, String> parameters, String outputType) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn(outputType);
        return macro().execute(new HashMap<>(parameters), null, context);
    }

    /** How many requests were sent to Jira. */
    long requestsToJira() {
        return mockingDetails(requestFactory).getInvocations().stream()
                .filter(invocation -> invocation.getMethod().getName().equals("createRequest"))
                .count();
    }

    PostmortemSummaryMacro macro() {
        if (macro == null) {
            SummaryFetcher fetcher = new SummaryFetcher(new JiraSummaryClient(), new SummaryCaches(fresh, lastGood), clock);
            MacroView view = new MacroView(ConfluenceTexts.in(locale), summaryRenderer, new MacroTemplates(), clock);
            CurrentViewer currentViewer = new CurrentViewer(userManager, localeResolver, timeZoneManager);
            macro = new PostmortemSummaryMacro(currentViewer, new JiraLinks(linkService), fetcher, view);
        }
        return macro;
    }
}
