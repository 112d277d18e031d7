package dev.postmortem.jira.account;

import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.PersonalAccount;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.MailContent;
import dev.postmortem.jira.screens.JiraTemplates;
import dev.postmortem.jira.screens.Screens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Personal accounts" panel in each state (a participant's empty form with the four prompts, with the coach's
 * hints, saved; a reader who may write nothing; the owner with "3 of 5" and the request button; the owner with mail
 * off) and the request mail as HTML, in English and German, written to target/screens.
 */
class AccountScreensTest {

    private static final String TEMPLATE = "/templates/jira/account/account-panel.vm";
    private static final String[] RESOURCES = {"css/account/account-panel.css", "js/account/account-panel.js"};

    private final AccountFixture f = new AccountFixture();

    private String panel(Locale locale, ApplicationUser viewer, boolean mailOn) {
        AccountPanelView view = f.panels(locale, mailOn).view(f.postmortem, viewer);
        return JiraTemplates.render(TEMPLATE, locale, Map.of("accounts", view));
    }

    private void fivePeopleThreeWritten() {
        ApplicationUser cem = f.user("JIRAUSER3", "Cem Demir");
        ApplicationUser dana = f.user("JIRAUSER4", "Dana Øst");
        f.user("JIRAUSER5", "Eli Fox");
        f.store(new Narrative("Checkout failed.", null, List.of(), List.of(
                PersonalAccount.awaited("JIRAUSER1", "Ana Berg"),
                new PersonalAccount("JIRAUSER2", "Bo Chen", "On-call DBA", "Connections at the limit.",
                        "Raised the pool size.", "It had helped twice before.", "", "JIRAUSER2", AccountFixture.NOW),
                new PersonalAccount("JIRAUSER3", cem.getDisplayName(), "Release manager", "A green staging run.",
                        "Deployed at 09:05.", "Staging had the same limits.", "A canary.", "JIRAUSER9",
                        AccountFixture.NOW),
                new PersonalAccount("JIRAUSER4", dana.getDisplayName(), "Support", "Tickets about payments.",
                        "Posted a status update.", "Customers needed to know.", "", "JIRAUSER4", AccountFixture.NOW),
                PersonalAccount.awaited("JIRAUSER5", "Eli Fox")), List.of(), "", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void accountPanelStates(String language) {
        Locale locale = Locale.forLanguageTag(language);

        String empty = panel(locale, f.ana, true);
        assertThat(empty).contains("id=\"pm-account-why\"", "id=\"pm-account-helped\"");
        Screens.write("account-empty", locale, Screens.Place.MAIN, empty, RESOURCES);

        f.store(f.narrative().withAccount(new PersonalAccount("JIRAUSER1", "Ana Berg", "Incident commander",
                "The error rate alert and a green deploy dashboard.",
                "Bo should have paged the DBA; I carelessly waited for the canary.",
                "The canary had caught every bad release this year.", "", "JIRAUSER1", AccountFixture.NOW)));
        String hints = panel(locale, f.ana, true);
        assertThat(hints).contains("aui-message-info");
        Screens.write("account-hints", locale, Screens.Place.MAIN, hints, RESOURCES);

        f.store(f.narrative().withAccount(new PersonalAccount("JIRAUSER1", "Ana Berg", "Incident commander",
                "The error rate alert and a green deploy dashboard.",
                "Waited for the canary, then rolled back at 09:41.",
                "The canary had caught every bad release this year.",
                "An alert on database connections, not only on errors.", "JIRAUSER1", AccountFixture.NOW)));
        Screens.write("account-saved", locale, Screens.Place.MAIN, panel(locale, f.ana, true), RESOURCES);

        String notAllowed = panel(locale, f.rita, true);
        assertThat(notAllowed).doesNotContain("<form", "The error rate alert");
        Screens.write("account-not-allowed", locale, Screens.Place.MAIN, notAllowed, RESOURCES);

        fivePeopleThreeWritten();
        String owner = panel(locale, f.olli, true);
        assertThat(owner).contains(language.equals("de") ? "3 von 5 Schilderungen geschrieben" : "3 of 5 accounts written");
        Screens.write("account-owner", locale, Screens.Place.MAIN, owner, RESOURCES);
        Screens.write("account-owner-mail-off", locale, Screens.Place.MAIN, panel(locale, f.olli, false), RESOURCES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void requestMail(String language) {
        Locale locale = Locale.forLanguageTag(language);
        MailContent mail = new AccountMail(JiraTexts.in(locale)).render(AccountMail.Kind.REQUEST, locale, "Ana Berg",
                "Olli Owner", "PM-60: Checkout outage", "https://jira.example.com/browse/PM-60#pm-accounts");
        String html = mail.htmlBody();
        String body = html.substring(html.indexOf("<body"), html.indexOf("</body>") + "</body>".length())
                .replace("<body", "<div class=\"pm-mail\"").replace("</body>", "</div>");
        Screens.write("account-mail", locale, Screens.Place.PAGE, body);
    }
}
