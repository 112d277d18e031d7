package dev.postmortem.confluence.macro;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/**
 * {@code postmortem-summary}: the live debrief summary of a Jira postmortem on a Confluence page, read from Jira
 * as the viewing user, so each reader sees what Jira lets them see. It reads its parameters, picks the Jira link,
 * asks {@link SummaryFetcher} and lets {@link MacroView} show the result; every failure becomes a translated
 * message in place of the macro, never an exception on the page.
 */
public final class PostmortemSummaryMacro implements Macro {

    private static final Logger LOG = LoggerFactory.getLogger(PostmortemSummaryMacro.class);

    private final CurrentViewer currentViewer;
    private final JiraLinks jiraLinks;
    private final SummaryFetcher fetcher;
    private final MacroView view;

    public PostmortemSummaryMacro(CurrentViewer currentViewer, JiraLinks jiraLinks, SummaryFetcher fetcher,
                                  MacroView view) {
        this.currentViewer = currentViewer;
        this.jiraLinks = jiraLinks;
        this.fetcher = fetcher;
        this.view = view;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        MacroParameters params = MacroParameters.parse(parameters);
        if (!params.valid()) {
            return view.invalidParameters(params.problems(), params.sections());
        }
        OutputMode mode = OutputMode.of(context);
        try {
            Optional<ApplicationLink> link = params.serverIdIfChosen().isPresent()
                    ? jiraLinks.byId(params.serverId())
                    : jiraLinks.primary();
            if (link.isEmpty()) {
                return params.serverIdIfChosen().isPresent() ? view.unknownJiraLink(params.serverId()) : view.noJiraLink();
            }
            return show(currentViewer.get(), link.get(), params, mode);
        } catch (RuntimeException e) {
            // A defect or a broken host service, not a remote failure (those are answers): log it, keep the page.
            LOG.error("Postmortem summary macro failed for {}", params.issueKey(), e);
            return view.unexpectedFailure(params.issueKey());
        }
    }

    private String show(Viewer viewer, ApplicationLink link, MacroParameters params, OutputMode mode) {
        String issueKey = params.issueKey();
        String linkName = link.getName();
        FetchResult result = fetcher.fetch(viewer, link, issueKey);
        return switch (result) {
            case FetchResult.Fetched fetched ->
                    view.summary(viewer, issueKey, linkName, fetched, params.sections(), mode, false);
            case FetchResult.Unavailable unavailable -> unavailable.lastGoodCopyIfAny()
                    .map(copy -> view.summary(viewer, issueKey, linkName, copy, params.sections(), mode, true))
                    .orElseGet(() -> view.unavailable(issueKey, linkName));
            case FetchResult.NotFound notFound -> view.notFound(issueKey, linkName);
            // Anonymous readers cannot authorise anything: Jira's permissions need a Confluence user to act for
            case FetchResult.AuthorisationRequired auth -> viewer.userKeyIfLoggedIn().isPresent()
                    ? view.authorisationRequired(issueKey, linkName, auth.authorisationUri(), mode)
                    : view.loginRequired(issueKey, linkName);
            case FetchResult.Unreadable unreadable -> view.unreadable(issueKey, linkName, unreadable.error());
        };
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
