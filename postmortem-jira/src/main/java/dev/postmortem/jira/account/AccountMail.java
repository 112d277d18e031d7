package dev.postmortem.jira.account;

import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortem.core.html.HtmlTemplates;
import dev.postmortem.jira.host.MailContent;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the mail that asks a participant for their account (or reminds them before the debrief), in the
 * recipient's language: a plain subject, an HTML body from {@code account-mail.vm} through the core's escaping engine
 * (every value, names and summaries included, is escaped on insertion) and a text body. Texts come from the Jira
 * bundle in the recipient's locale and are formatted here, so no text depends on the sender's language.
 */
public class AccountMail {

    static final String TEMPLATE = "templates/jira/account/account-mail.vm";
    static final String P = "postmortem.jira.account.mail.";

    /** Why the mail is sent. */
    public enum Kind {
        REQUEST, REMINDER;

        String key(String suffix) {
            return P + name().toLowerCase(Locale.ROOT) + "." + suffix;
        }
    }

    private final I18nResolver i18n;
    private final HtmlTemplates templates = new HtmlTemplates(AccountMail.class.getClassLoader(), "account mail",
            TEMPLATE);

    public AccountMail(I18nResolver i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /**
     * @param recipientName display name of the participant
     * @param ownerName     display name of the postmortem's owner, who asks
     * @param issue         "KEY: summary" of the postmortem
     * @param link          where they write their account
     */
    public MailContent render(Kind kind, Locale locale, String recipientName, String ownerName, String issue,
            String link) {
        String subject = text(locale, kind.key("subject"), issue);
        String greeting = text(locale, P + "greeting", recipientName);
        String intro = text(locale, kind.key("intro"), ownerName, issue);
        List<String> prompts = List.of(text(locale, P + "prompt.saw"), text(locale, P + "prompt.did"),
                text(locale, P + "prompt.why"), text(locale, P + "prompt.helped"));
        String ownership = text(locale, P + "ownership");
        String action = text(locale, P + "action");
        String footer = text(locale, P + "footer");

        Map<String, Object> values = new HashMap<>();
        values.put("lang", locale.toLanguageTag());
        values.put("subject", subject);
        values.put("greeting", greeting);
        values.put("intro", intro);
        values.put("prompts", prompts);
        values.put("ownership", ownership);
        values.put("action", action);
        values.put("link", link);
        values.put("footer", footer);
        String html = templates.render(TEMPLATE, values);

        StringBuilder text = new StringBuilder()
                .append(greeting).append("\n\n").append(intro).append("\n\n");
        prompts.forEach(prompt -> text.append("- ").append(prompt).append('\n'));
        text.append('\n').append(ownership).append("\n\n").append(action).append(": ").append(link).append("\n\n")
                .append("-- \n").append(footer).append('\n');
        return new MailContent(subject, html, text.toString());
    }

    /**
     * The recipient-language pattern, formatted here. Our texts use the typographic apostrophe, so a pattern that the
     * host may already have run through MessageFormat (without arguments) reads the same.
     */
    private String text(Locale locale, String key, Object... args) {
        String pattern = i18n.getText(locale, key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
