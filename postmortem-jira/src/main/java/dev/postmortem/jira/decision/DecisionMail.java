package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.Issue;
import dev.postmortem.core.decision.Notice;
import dev.postmortem.core.decision.NoticeKey;
import dev.postmortem.core.html.HtmlTemplates;
import dev.postmortem.jira.host.IssueUrls;
import dev.postmortem.jira.host.MailContent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one decision notice as a mail in the recipient's language: a plain subject naming the postmortem, an HTML
 * body rendered by the core's escaping engine (every value escaped, ADR 0003/0004) and a text body, each naming the
 * postmortem and the proposed actions with links. The caller hands in only the actions the recipient may browse.
 * Thread-safe; the template is parsed once.
 */
public class DecisionMail {

    static final String TEMPLATE = "templates/jira/decision/notice-mail.vm";
    /** Longest postmortem summary in a subject; the body shows it whole. */
    static final int SUBJECT_SUMMARY = 80;

    private final HtmlTemplates templates = new HtmlTemplates(DecisionMail.class.getClassLoader(),
            "dev.postmortem.jira.decision.velocity", TEMPLATE);
    private final IssueUrls urls;

    public DecisionMail(IssueUrls urls) {
        this.urls = Objects.requireNonNull(urls, "urls");
    }

    /**
     * @param actions        the notice's actions the recipient may browse, in the notice's order; not empty
     * @param recipientName  the recipient's display name
     * @param reminderDays   the project's reminder business days (named in a reminder)
     */
    public MailContent render(Notice notice, Locale language, Issue postmortem, List<Issue> actions,
            String recipientName, int reminderDays) {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(postmortem, "postmortem");
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("a mail names at least one action");
        }
        MailTexts texts = MailTexts.in(language);
        boolean reminder = notice.key().kind() == NoticeKey.Kind.DECISION_REMINDER;
        int assigned = (int) actions.stream().filter(a -> notice.assignedIds().contains(a.getId())).count();

        String subject = texts.text(reminder ? "postmortem.jira.decision.mail.subject.reminder"
                : "postmortem.jira.decision.mail.subject.soakEnded",
                postmortem.getKey() + " " + shortened(oneLine(postmortem.getSummary())), actions.size());
        String greeting = texts.text("postmortem.jira.decision.mail.greeting", oneLine(recipientName));
        String heading = texts.text(reminder ? "postmortem.jira.decision.mail.heading.reminder"
                : "postmortem.jira.decision.mail.heading.soakEnded", postmortem.getKey());
        String intro = reminder
                ? texts.text("postmortem.jira.decision.mail.intro.reminder", postmortem.getKey(), reminderDays)
                : texts.text("postmortem.jira.decision.mail.intro.soakEnded", postmortem.getKey());
        List<String> roles = new ArrayList<>();
        if (notice.owner()) {
            roles.add(texts.text("postmortem.jira.decision.mail.role.owner"));
        }
        if (assigned > 0) {
            roles.add(texts.text("postmortem.jira.decision.mail.role.assignee", assigned));
        }
        String postmortemUrl = urls.browse(postmortem.getKey());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Issue action : actions) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", action.getKey());
            row.put("summary", oneLine(action.getSummary()));
            row.put("url", urls.browse(action.getKey()));
            row.put("assigned", notice.assignedIds().contains(action.getId()));
            rows.add(row);
        }

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lang", texts.locale().getLanguage());
        values.put("subject", subject);
        values.put("heading", heading);
        values.put("postmortemKey", postmortem.getKey());
        values.put("postmortemSummary", oneLine(postmortem.getSummary()));
        values.put("greeting", greeting);
        values.put("intro", intro);
        values.put("roles", roles);
        values.put("actionsHeading", texts.text("postmortem.jira.decision.mail.actions"));
        values.put("actions", rows);
        values.put("assignedToYou", texts.text("postmortem.jira.decision.mail.assignedToYou"));
        values.put("open", texts.text("postmortem.jira.decision.mail.open"));
        values.put("postmortemUrl", postmortemUrl);
        values.put("footer", texts.text("postmortem.jira.decision.mail.footer"));
        String html = templates.render(TEMPLATE, values);

        StringBuilder text = new StringBuilder();
        text.append(heading).append("\n\n").append(greeting).append("\n\n").append(intro).append("\n\n")
                .append(postmortem.getKey()).append(' ').append(oneLine(postmortem.getSummary())).append("\n  ")
                .append(postmortemUrl).append("\n\n");
        roles.forEach(role -> text.append(role).append('\n'));
        if (!roles.isEmpty()) {
            text.append('\n');
        }
        text.append(texts.text("postmortem.jira.decision.mail.actions")).append(":\n");
        for (Map<String, Object> row : rows) {
            text.append("- ").append(row.get("key")).append(' ').append(row.get("summary"));
            if (Boolean.TRUE.equals(row.get("assigned"))) {
                text.append(" (").append(texts.text("postmortem.jira.decision.mail.assignedToYou")).append(')');
            }
            text.append("\n  ").append(row.get("url")).append('\n');
        }
        text.append('\n').append(texts.text("postmortem.jira.decision.mail.open")).append(": ").append(postmortemUrl)
                .append("\n\n-- \n").append(texts.text("postmortem.jira.decision.mail.footer")).append('\n');
        return new MailContent(subject, html, text.toString());
    }

    /** Line breaks and other control characters as spaces: nothing a summary holds can start a new header line. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029' ? ' ' : c));
        return out.toString().strip();
    }

    private static String shortened(String text) {
        if (text.codePointCount(0, text.length()) <= SUBJECT_SUMMARY) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SUBJECT_SUMMARY - 1)).stripTrailing() + "\u2026";
    }
}
