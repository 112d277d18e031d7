package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.MutableIssue;
import dev.postmortem.core.decision.Notice;
import dev.postmortem.core.decision.NoticeKey;
import dev.postmortem.jira.host.IssueUrls;
import dev.postmortem.jira.host.MailContent;
import dev.postmortem.jira.summary.PostmortemScenario;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision mail as written: escaped, both bodies, both languages, hostile and very long summaries. */
class DecisionMailTest {

    private static final Instant SOAK_END = Instant.parse("2026-11-25T09:00:00Z");

    private final PostmortemScenario jira = new PostmortemScenario();
    private final DecisionMail writer = new DecisionMail(new IssueUrls(jira.applicationProperties));
    private final MutableIssue postmortem = jira.issue(42L, "INC-42",
            "Checkout <img src=x onerror=alert(1)> \"down\"\r\nBcc: victim@example.com", jira.postmortemType, "Open",
            "new", null);
    private final MutableIssue hostile = jira.issue(101L, "ACT-1", "</li><script>alert('x')</script> & more",
            jira.taskType, "Open", "new", null);
    private final MutableIssue longOne = jira.issue(102L, "ACT-2", "L\u00e4nger ".repeat(2000), jira.taskType, "Open",
            "new", null);

    private Notice notice(NoticeKey.Kind kind, boolean owner, List<Long> assigned) {
        return new Notice(new NoticeKey(kind, 42L, SOAK_END), "JIRAUSER10100", owner, List.of(101L, 102L), assigned);
    }

    @Test
    void everyValueIsEscapedInTheHtmlAndNoLineBreakReachesTheSubject() {
        MailContent mail = writer.render(notice(NoticeKey.Kind.SOAK_ENDED, true, List.of()), Locale.ENGLISH,
                postmortem, List.of(hostile, longOne), "Zo\u00eb <O'Brien>", 5);

        assertThat(mail.htmlBody())
                .doesNotContain("<script>", "<img", "</li><script", "<O'Brien>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more",
                        "&lt;img src=x onerror=alert(1)&gt; &quot;down&quot;", "Zo\u00eb &lt;O&#39;Brien&gt;",
                        "href=\"https://jira.example.com/browse/ACT-1\"", "<html lang=\"en\">");
        assertThat(mail.subject()).doesNotContain("\r", "\n")
                .startsWith("INC-42 Checkout <img src=x onerror=alert(1)> \"down\"  Bcc: victim@example.com:")
                .endsWith(": the soak has ended, decide its 2 proposed actions");
        assertThat(mail.textBody()).contains("ACT-1 </li><script>alert('x')</script> & more",
                "https://jira.example.com/browse/ACT-2", "You receive this mail as the owner of the postmortem.");
    }

    @Test
    void aVeryLongSummaryIsShownWholeInTheBodyButShortenedInTheSubject() {
        MutableIssue longPostmortem = jira.issue(43L, "INC-43", "x".repeat(5000), jira.postmortemType, "Open", "new",
                null);

        MailContent mail = writer.render(notice(NoticeKey.Kind.SOAK_ENDED, true, List.of()), Locale.ENGLISH,
                longPostmortem, List.of(longOne), "Ada", 5);

        assertThat(mail.subject()).hasSizeLessThan(200);
        assertThat(mail.htmlBody()).contains("x".repeat(5000), "L\u00e4nger ".repeat(1999).strip());
    }

    @Test
    void aGermanReminderToAnAssignee() {
        MailContent mail = writer.render(notice(NoticeKey.Kind.DECISION_REMINDER, false, List.of(102L)),
                Locale.GERMANY, jira.issue(44L, "INC-44", "Zahlungsdienst \u00fcberlastet", jira.postmortemType,
                        "Offen", "new", null), List.of(hostile, longOne), "J\u00fcrgen Wei\u00df", 1);

        assertThat(mail.subject()).isEqualTo(
                "INC-44 Zahlungsdienst \u00fcberlastet: Erinnerung, 2 vorgeschlagene Ma\u00dfnahmen sind noch nicht"
                        + " entschieden");
        assertThat(mail.htmlBody()).contains("<html lang=\"de\">", "Hallo J\u00fcrgen Wei\u00df,",
                "einen Arbeitstag nach dem Ende der Karenzzeit", "Eine dieser Ma\u00dfnahmen ist Ihnen zugewiesen.",
                "(Ihnen zugewiesen)", "Postmortem \u00f6ffnen und entscheiden");
        assertThat(mail.textBody()).contains("(Ihnen zugewiesen)").doesNotContain("Verantwortliche oder");
    }

    @Test
    void anyOtherLanguageGetsEnglish() {
        MailContent mail = writer.render(notice(NoticeKey.Kind.DECISION_REMINDER, true, List.of()), Locale.JAPANESE,
                postmortem, List.of(hostile), "Ada", 5);

        assertThat(mail.subject()).endsWith(": reminder, one proposed action is still undecided");
        assertThat(mail.htmlBody()).contains("5 business days after its soak ended");
    }
}
