package dev.postmortem.confluence.macro;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.net.Request;
import dev.postmortem.core.summary.SummaryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PostmortemSummaryMacroTest {

    private MacroRig rig;

    @BeforeEach
    void setUp() throws Exception {
        rig = new MacroRig();
    }

    @Test
    void isABlockMacroWithoutBody() {
        assertThat(rig.macro().getBodyType()).isEqualTo(Macro.BodyType.NONE);
        assertThat(rig.macro().getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
    }

    @Test
    void asksJirasSummaryResourceAsTheViewingUserWithTimeouts() throws Exception {
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL));

        rig.render("inc-42");

        verify(rig.jira).createAuthenticatedRequestFactory();
        verify(rig.requestFactory).createRequest(Request.MethodType.GET, "/rest/postmortem/1.0/summary/INC-42");
        verify(rig.request).setConnectionTimeout(5_000);
        verify(rig.request).setSoTimeout(10_000);
        verify(rig.request).addHeader("Accept", "application/json");
    }

    @Test
    void showsTheSummaryWithWhereAndWhenItCameFrom() throws Exception {
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL));

        String html = rig.render("INC-42");

        assertThat(html).contains("class=\"pm-summary-macro\" data-issue-key=\"INC-42\"")
                .contains("Checkout-Ausfall: Zahlungsdienst überlastet")
                .contains("Live from Jira Ops, as of Nov 25, 2026, 9:00")
                .contains("<a class=\"aui-button aui-button-link pm-summary-macro__open\" "
                        + "href=\"https://jira.example.com/browse/INC-42\">Open INC-42 in Jira Ops</a>")
                .doesNotContain("pm-summary-message");
        // One "as of" line, the frame's: the summary itself has no footer of its own.
        assertThat(html.split("as of", -1)).hasSize(2);
    }

    @Test
    void usesTheChosenJiraLinkWhenAServerIsGiven() throws Exception {
        ApplicationLink other = mock(ApplicationLink.class);
        ApplicationId otherId = mock(ApplicationId.class);
        when(otherId.get()).thenReturn("jira-2");
        when(other.getId()).thenReturn(otherId);
        when(rig.linkService.getApplicationLinks(JiraApplicationType.class)).thenReturn(List.of(other, rig.jira));
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.MINIMAL));

        String html = rig.render(Map.of("issueKey", "INC-7", "server", " jira-1 "), "display");

        assertThat(html).contains("pm-summary-macro");
        verify(rig.jira).createAuthenticatedRequestFactory();
        verify(other, never()).createAuthenticatedRequestFactory();
    }

    @Test
    void saysSoWhenNoJiraIsLinked() {
        when(rig.linkService.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);

        String html = rig.render("INC-42");

        assertThat(html).contains("aui-message aui-message-error")
                .contains("Jira is not linked")
                .contains("Administration › Application Links");
        assertThat(rig.requestsToJira()).isZero();
    }

    @Test
    void namesAnUnknownServerEscaped() {
        String html = rig.render(Map.of("issueKey", "INC-42", "server", "<img src=x onerror=alert(1)>"), "display");

        assertThat(html).contains("aui-message aui-message-error")
                .contains("This Jira server is not linked")
                .contains("“&lt;img src=x onerror=alert(1)&gt;”")
                .doesNotContain("<img");
        assertThat(rig.requestsToJira()).isZero();
    }

    @Test
    void reportsInvalidParametersWithoutAskingJira() {
        String missing = rig.render(Map.of("sections", "impact"), "display");
        String invalid = rig.render(Map.of("issueKey", "<b>INC 42</b>", "sections", "impact,blame"), "display");

        assertThat(missing).contains("aui-message aui-message-error").contains("Check the macro settings")
                .contains("Enter the key of the postmortem issue, for example INC-42.");
        assertThat(invalid).contains("“&lt;b&gt;INC 42&lt;/b&gt;” is not a Jira issue key.")
                .contains("Unknown sections: blame.")
                .doesNotContain("<b>");
        assertThat(rig.requestsToJira()).isZero();
    }

    @Test
    void offersTheAuthorisationLinkWhenTheViewerHasNotAuthorised() throws Exception {
        rig.viewerHasNotAuthorised();

        String html = rig.render("INC-42");

        assertThat(html).contains("aui-message aui-message-info")
                .contains("Authorise access to Jira")
                .contains("allow Confluence to read Jira Ops on your behalf")
                .contains("href=\"https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?applicationLinkID=jira-1\"")
                .contains(">Authorise access to Jira Ops</a>");
    }

    @Test
    void asksAnonymousReadersToLogInRatherThanToAuthorise() throws Exception {
        rig.viewer(null).viewerHasNotAuthorised();

        assertThat(rig.render("INC-42")).contains("aui-message aui-message-info")
                .contains("Log in to see this postmortem")
                .contains("Log in to Confluence to see it.")
                .doesNotContain("href");
    }

    @Test
    void offersTheAuthorisationLinkWhenJiraAsksForCredentials() throws Exception {
        rig.jiraAsksForCredentials();

        assertThat(rig.render("INC-42")).contains("aui-message aui-message-info")
                .contains("href=\"" + MacroRig.AUTHORISATION_URI + "\"");
    }

    @Test
    void neverLinksToANonWebAuthorisationUri() throws Exception {
        rig.viewerHasNotAuthorised();
        when(rig.requestFactory.getAuthorisationURI()).thenReturn(java.net.URI.create("javascript:alert(1)"));

        assertThat(rig.render("INC-42")).contains("Authorise access to Jira").doesNotContain("href").doesNotContain("javascript");
    }

    @Test
    void showsTheSameMessageForNoSuchPostmortemAndNoPermission() throws Exception {
        String notFound = new MacroRig().jiraAnswers(404, "").render("INC-42");
        String forbidden = new MacroRig().jiraAnswers(403, "{\"errorMessages\":[\"You do not have permission\"]}")
                .render("INC-42");

        assertThat(notFound).isEqualTo(forbidden)
                .contains("aui-message aui-message-warning")
                .contains("Jira Ops has no postmortem INC-42 that you can see");
    }

    @Test
    void saysJiraIsNotAnsweringWhenItTimesOutAndThereIsNoEarlierCopy() throws Exception {
        rig.jiraTimesOut();

        String html = rig.render("INC-42");

        assertThat(html).contains("aui-message aui-message-error")
                .contains("Jira is not answering")
                .contains("Jira Ops did not answer in time or could not be reached, so postmortem INC-42 cannot be shown");
    }

    @Test
    void treatsAServerErrorLikeAnOutage() throws Exception {
        rig.jiraAnswers(502, "<html>Bad gateway</html>");

        assertThat(rig.render("INC-42")).contains("Jira is not answering").doesNotContain("Bad gateway");
    }

    @Test
    void showsTheLastGoodCopyAndItsAgeWhileJiraIsDown() throws Exception {
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL));
        rig.render("INC-42");
        rig.clock.advance(Duration.ofMinutes(5));
        rig.jiraTimesOut();

        String html = rig.render("INC-42");

        assertThat(html).contains("aui-message aui-message-warning")
                .contains("Jira is not answering: this is an earlier copy")
                .contains("This is postmortem INC-42 as you saw it on Nov 25, 2026, 9:00")
                .contains("(5 minutes ago)")
                .contains("Checkout-Ausfall: Zahlungsdienst überlastet")
                .contains("From Jira Ops, as of Nov 25, 2026, 9:00")
                .doesNotContain("Live from");
    }

    @Test
    void namesTheAgeOfOlderCopiesInHoursAndDays() throws Exception {
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL));
        rig.render("INC-42");
        rig.jiraTimesOut();

        rig.clock.advance(Duration.ofHours(3));
        assertThat(rig.render("INC-42")).contains("(3 hours ago)");
        rig.clock.advance(Duration.ofDays(3));
        assertThat(rig.render("INC-42")).contains("(3 days ago)");
    }

    @Test
    void asksForTheConfluenceAppToBeUpdatedWhenJiraSendsANewerContract() throws Exception {
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.NEWER));

        assertThat(rig.render("INC-42")).contains("aui-message aui-message-error")
                .contains("Update Postmortem for Confluence")
                .contains("in a newer format");
    }

    @Test
    void asksForTheJiraAppToBeUpdatedWhenJiraSendsAnOlderContract() throws Exception {
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.OLDER));

        assertThat(rig.render("INC-42")).contains("aui-message aui-message-error")
                .contains("Update Postmortem for Jira")
                .contains("in an older format");
    }

    @Test
    void explainsAMalformedAnswerWithTheCoresTranslatedReason() throws Exception {
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.MALFORMED));

        String html = rig.render("INC-42");

        assertThat(html).contains("aui-message aui-message-error")
                .contains("The summary from Jira cannot be read")
                .contains("<li>")
                .doesNotContain("postmortem.summary.error.")
                .doesNotContain("Exception");
    }

    @Test
    void reportsUnknownSectionsAndShowsTheKnownOnes() throws Exception {
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL));

        String html = rig.render(Map.of("issueKey", "INC-42", "sections", "impact, <script>x</script>"), "display");

        assertThat(html).contains("aui-message aui-message-warning")
                .contains("Unknown sections: &lt;script&gt;x&lt;/script&gt;.")
                .contains("The sections are: what-happened, impact, timeline, accounts, factors, learning, actions, soak.")
                .doesNotContain("<script");
        assertThat(html).contains("pm-summary-macro");
    }

    @Test
    void escapesTheLinkNameEverywhere() throws Exception {
        when(rig.jira.getName()).thenReturn("<i>Jira</i> & Co");
        rig.jiraAnswers(404, "");

        assertThat(rig.render("INC-42")).contains("&lt;i&gt;Jira&lt;/i&gt; &amp; Co has no postmortem").doesNotContain("<i>");
    }

    @Test
    void speaksTheViewersLanguage() throws Exception {
        rig.locale(Locale.GERMAN).jiraTimesOut();

        assertThat(rig.render("INC-42")).contains("Jira antwortet nicht")
                .contains("hat nicht rechtzeitig geantwortet");
    }

    @Test
    void keepsThePageWhenAHostServiceFails() {
        when(rig.jira.createAuthenticatedRequestFactory()).thenThrow(new IllegalStateException("applinks broke"));

        String html = rig.render("INC-42");

        assertThat(html).contains("aui-message aui-message-error")
                .contains("The postmortem summary cannot be shown")
                .doesNotContain("applinks broke")
                .doesNotContain("IllegalStateException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "word", "html_export", "email"})
    void exportsAStaticSummaryWithoutScriptsOrLinksToAct(String outputType) throws Exception {
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL));

        String html = rig.render(Map.of("issueKey", "INC-42"), outputType);

        assertThat(html).contains("pm-summary-macro")
                .contains("From Jira Ops, as of Nov 25, 2026, 9:00")
                .doesNotContain("Live from", "pm-summary-macro__open")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                .doesNotContainIgnoringCase("javascript:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "word", "html_export", "email"})
    void exportTellsReadersToAuthoriseInConfluenceInsteadOfLinking(String outputType) throws Exception {
        rig.viewerHasNotAuthorised();

        String html = rig.render(Map.of("issueKey", "INC-42"), outputType);

        assertThat(html).contains("Authorise access to Jira")
                .contains("Open this page in Confluence to authorise access.")
                .doesNotContain("href");
    }
}
