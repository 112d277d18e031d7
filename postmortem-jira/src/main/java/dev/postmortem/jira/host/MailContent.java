package dev.postmortem.jira.host;

import java.util.Objects;

/**
 * One mail, rendered in the recipient's language: a plain subject, an HTML body whose every value is escaped, and
 * a text body for users who prefer text mail.
 */
public record MailContent(String subject, String htmlBody, String textBody) {

    public MailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(htmlBody, "htmlBody");
        Objects.requireNonNull(textBody, "textBody");
    }
}
