package dev.postmortem.jira.account;

import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.MailContent;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The request mail escapes every value in its HTML, keeps plain text plain, and reads in the recipient's language. */
class AccountMailTest {

    private final AccountMail mail = new AccountMail(JiraTexts.english());

    @Test
    void hostileNamesAndSummariesAreEscapedInTheHtml() {
        MailContent content = mail.render(AccountMail.Kind.REQUEST, Locale.ENGLISH, "<img src=x onerror=alert(1)>",
                "Olli \"O'Hara\" & <b>Co</b>", "PM-1: <script>alert('x')</script>",
                "https://jira.example.com/browse/PM-1#pm-accounts");

        assertThat(content.htmlBody())
                .contains("Hello &lt;img src=x onerror=alert(1)&gt;,")
                .contains("Olli &quot;O&#39;Hara&quot; &amp; &lt;b&gt;Co&lt;/b&gt;")
                .contains("PM-1: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>", "<img", "<b>Co");
        assertThat(content.subject()).isEqualTo("Your account of PM-1: <script>alert('x')</script>, please");
        assertThat(content.textBody()).contains("Hello <img src=x onerror=alert(1)>,",
                "Write your account: https://jira.example.com/browse/PM-1#pm-accounts");
    }

    @Test
    void theMailListsTheFourPromptsAndLinksToTheAccountPanel() {
        MailContent content = mail.render(AccountMail.Kind.REQUEST, Locale.ENGLISH, "Ana", "Olli", "PM-1: Outage",
                "https://jira.example.com/browse/PM-1#pm-accounts");

        assertThat(content.htmlBody()).contains("<html lang=\"en\">", "What you saw and knew", "What you did",
                "Why it made sense at the time", "What would have helped",
                "href=\"https://jira.example.com/browse/PM-1#pm-accounts\"");
    }

    @Test
    void aGermanReaderGetsTheGermanMailAndTheReminderSaysWhy() {
        MailContent content = new AccountMail(JiraTexts.in(Locale.GERMAN)).render(AccountMail.Kind.REMINDER,
                Locale.GERMAN, "Ana", "Olli", "PM-1: Ausfall", "https://jira.example.com/browse/PM-1#pm-accounts");

        assertThat(content.subject()).isEqualTo("Erinnerung: Ihre Schilderung zu PM-1: Ausfall vor der Nachbesprechung");
        assertThat(content.htmlBody()).contains("<html lang=\"de\">", "Hallo Ana,", "Was geholfen hätte");
    }
}
