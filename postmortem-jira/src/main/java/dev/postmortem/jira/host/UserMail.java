package dev.postmortem.jira.host;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Locale;

/**
 * Mail from Jira to one user, through Jira's own mail queue, in the user's language and mail format. The one
 * door to Jira's mail API, so that it is one class to stub, test and switch off: the mail members are unconfirmed on
 * Jira 11 (docs/design/soak-decision.md §2.1), so mail is an optional feature (ADR 0014) and every caller works on
 * without it. Callers render the content themselves, HTML-escaped, in {@link #languageOf} the recipient.
 */
public interface UserMail {

    /**
     * Whether Jira's mail queue is there at all (the optional feature is on). False means every {@link #queue} would
     * be refused for now, so a caller that offers mail to a person can say so instead of failing each message.
     */
    boolean isAvailable();

    /** The language the user reads Jira in: their profile's, else the site's. */
    Locale languageOf(ApplicationUser user);

    /**
     * Queues one message to the user, as HTML or text by their mail preference.
     *
     * @return true when queued; false when it will never be sent and must not be retried (the user is inactive or
     *         has no address), which the implementation logs
     * @throws NotQueued when Jira refused it for now (mail is switched off, no outgoing mail server, the queue threw):
     *         the caller keeps the notice and retries on its next run
     */
    boolean queue(ApplicationUser to, MailContent content) throws NotQueued;

    /** Jira's queue refused a message for now (for example no mail server yet); retry later. */
    final class NotQueued extends Exception {
        public NotQueued(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
