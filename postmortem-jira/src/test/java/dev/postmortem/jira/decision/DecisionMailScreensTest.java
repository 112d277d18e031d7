package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.MutableIssue;
import dev.postmortem.core.decision.Notice;
import dev.postmortem.core.decision.NoticeKey;
import dev.postmortem.jira.host.IssueUrls;
import dev.postmortem.jira.host.MailContent;
import dev.postmortem.jira.screens.Screens;
import dev.postmortem.jira.summary.PostmortemScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision mail's HTML body (when the soak ends, to the owner; the reminder, to an assignee), in English and
 * German, written to target/screens for the screenshot and accessibility run. The harness page supplies the
 * document around it, so the fragment is what the mail's body holds.
 */
class DecisionMailScreensTest {

    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

    private final PostmortemScenario jira = new PostmortemScenario();
    private final DecisionMail writer = new DecisionMail(new IssueUrls(jira.applicationProperties));
    private final MutableIssue postmortem = jira.issue(42L, "INC-42",
            "Checkout failed for 47 minutes: payment service out of DB connections", jira.postmortemType, "Open", "new",
            null);
    private final List<MutableIssue> actions = List.of(
            jira.issue(101L, "ACT-1", "Add a pool-size check to the config linter", jira.taskType, "Open", "new", null),
            jira.issue(102L, "ACT-2", "Alert on DB connection saturation above 80 %", jira.taskType, "Open", "new",
                    null),
            jira.issue(103L, "ACT-3", "Make staging's DB limits match production <and> document why", jira.taskType,
                    "Open", "new", null));

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void theSoakEndedMailToTheOwner(String language) {
        Notice notice = new Notice(new NoticeKey(NoticeKey.Kind.SOAK_ENDED, 42L, Instant.parse("2026-11-25T09:00:00Z")),
                "JIRAUSER10001", true, List.of(101L, 102L, 103L), List.of(102L));

        write("decision-mail-soak-ended", language, writer.render(notice, Locale.forLanguageTag(language), postmortem,
                List.copyOf(actions), "Olivia Owner", 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void theReminderToAnAssignee(String language) {
        Notice notice = new Notice(new NoticeKey(NoticeKey.Kind.DECISION_REMINDER, 42L,
                Instant.parse("2026-11-25T09:00:00Z")), "JIRAUSER10100", false, List.of(101L, 103L),
                List.of(101L, 103L));

        write("decision-mail-reminder", language, writer.render(notice, Locale.forLanguageTag(language), postmortem,
                List.of(actions.get(0), actions.get(2)), "J\u00fcrgen Wei\u00df", 5));
    }

    private static void write(String state, String language, MailContent mail) {
        Matcher body = BODY.matcher(mail.htmlBody());
        assertThat(body.find()).isTrue();
        Screens.write(state, Locale.forLanguageTag(language), Screens.Place.MAIL, body.group(1).strip());
    }
}
