package dev.postmortem.jira.host;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.preferences.ExtendedPreferences;
import com.atlassian.jira.user.preferences.UserPreferencesManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Objects;

/**
 * {@link UserMail} through Jira's own mail queue ({@code MailQueue.addItem(new SingleMailQueueItem(email))}), the way
 * Jira's own notifications leave: Jira's outgoing mail server, its mail log, its "outgoing mail disabled" switch.
 * Language: SAL's {@code LocaleResolver.getLocale(UserKey)}, the user's profile language else Jira's default. Format:
 * the user's Jira preference {@value #FORMAT_PREFERENCE} ({@code text} or {@code html}; HTML when unset or when
 * the preferences service is missing).
 *
 * <p>The queue and mail server services are optional (ADR 0014, 0025: their members are unconfirmed on Jira 11); with
 * either missing, or without an outgoing mail server, nothing is queued and {@link NotQueued} says "try again later",
 * so the caller's notice stays unsent and is retried. Jira's queue is in memory on the node that queued the item and
 * sends it within a minute; an item queued on a node that then stops is lost with it (see ADR 0025 for what the
 * notices do about that).
 */
public class QueuedUserMail implements UserMail {

    /** Jira's user preference for the mail format (its {@code PreferenceKeys.USER_NOTIFICATIONS_MIMETYPE}). */
    static final String FORMAT_PREFERENCE = "user.notifications.mimetype";
    static final String HTML = "text/html";
    static final String TEXT = "text/plain";

    private static final Logger LOG = LoggerFactory.getLogger(QueuedUserMail.class);

    private final OptionalFeatures features;
    private final MailQueue mailQueue;
    private final MailServerManager mailServerManager;
    private final UserPreferencesManager userPreferencesManager;
    private final LocaleResolver localeResolver;
    private final OncePerNode logged = new OncePerNode();

    /** The first three are optional references: called only while {@link OptionalFeatures} says they are there. */
    public QueuedUserMail(OptionalFeatures features, MailQueue mailQueue, MailServerManager mailServerManager,
            UserPreferencesManager userPreferencesManager, LocaleResolver localeResolver) {
        this.features = Objects.requireNonNull(features, "features");
        this.mailQueue = Objects.requireNonNull(mailQueue, "mailQueue");
        this.mailServerManager = Objects.requireNonNull(mailServerManager, "mailServerManager");
        this.userPreferencesManager = Objects.requireNonNull(userPreferencesManager, "userPreferencesManager");
        this.localeResolver = Objects.requireNonNull(localeResolver, "localeResolver");
    }

    @Override
    public boolean isAvailable() {
        return features.isOn(OptionalFeatures.Feature.MAIL);
    }

    @Override
    public Locale languageOf(ApplicationUser user) {
        Locale locale = null;
        try {
            locale = localeResolver.getLocale(new UserKey(user.getKey()));
        } catch (RuntimeException e) {
            if (logged.first("locale")) {
                LOG.warn("Cannot read the language of a user for postmortem mail; Jira's default language is used"
                        + " (logged once per node)", e);
            }
        }
        return locale != null ? locale : Objects.requireNonNullElse(localeResolver.getLocale(), Locale.ENGLISH);
    }

    @Override
    public boolean queue(ApplicationUser to, MailContent content) throws NotQueued {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(content, "content");
        if (!features.isOn(OptionalFeatures.Feature.MAIL)) {
            throw new NotQueued("Jira's mail queue is not available", null);
        }
        if (!to.isActive()) {
            LOG.info("Postmortem mail not sent to user {}: the user is inactive", to.getKey());
            return false;
        }
        String address = to.getEmailAddress();
        if (address == null || address.isBlank()) {
            LOG.info("Postmortem mail not sent to user {}: the user has no e-mail address", to.getKey());
            return false;
        }
        try {
            if (!mailServerManager.isDefaultSMTPMailServerDefined()) {
                throw new NotQueued("Jira has no outgoing mail server", null);
            }
            boolean text = prefersText(to);
            Email email = new Email(address.strip())
                    .setSubject(content.subject())
                    .setBody(text ? content.textBody() : content.htmlBody())
                    .setMimeType(text ? TEXT : HTML)
                    .setEncoding("UTF-8");
            mailQueue.addItem(new SingleMailQueueItem(email));
            return true;
        } catch (RuntimeException e) {
            throw new NotQueued("Jira's mail queue refused the mail", e);
        }
    }

    /** Whether the user asked Jira for text mail; HTML when unknown. */
    private boolean prefersText(ApplicationUser user) {
        if (!features.isOn(OptionalFeatures.Feature.MAIL_FORMAT)) {
            return false;
        }
        try {
            ExtendedPreferences preferences = userPreferencesManager.getExtendedPreferences(user);
            String format = preferences == null ? null : preferences.getString(FORMAT_PREFERENCE);
            return format != null && "text".equalsIgnoreCase(format.strip());
        } catch (RuntimeException e) {
            if (logged.first("format")) {
                LOG.warn("Cannot read the mail format preference of a user; postmortem mail is sent as HTML"
                        + " (logged once per node)", e);
            }
            return false;
        }
    }
}
