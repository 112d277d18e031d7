package dev.postmortem.jira.account;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.PersonalAccount;
import dev.postmortem.jira.host.IssueUrls;
import dev.postmortem.jira.host.MailContent;
import dev.postmortem.jira.host.UserMail;
import dev.postmortem.jira.storage.NoticeId;
import dev.postmortem.jira.storage.NoticeLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Sends one mail to each participant whose account is still awaited and who may browse the postmortem: on the owner's
 * request, or as the reminder before the debrief. Exactly once per participant and occasion across the cluster: each notice is
 * {@linkplain NoticeLedger#claim claimed} before its mail is queued and marked sent or failed after, so a second
 * click, a second node or a retry after a failure never sends twice (a failed one may be claimed again).
 *
 * <p>Mail is optional (ADR 0014): without a {@link UserMail} or a {@link NoticeLedger} (null here) nothing is sent,
 * {@link #isOn()} says so, and the account panel still shows the owner who has not written.
 */
public class AccountRequests {

    /** Notice kinds in the ledger. */
    public static final String REQUEST_KIND = "ACCOUNT_REQUEST";
    public static final String REMINDER_KIND = "ACCOUNT_REMINDER";

    /** A PENDING notice older than this was left by a sender that died; it may be claimed again. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(AccountRequests.class);

    private final NoticeLedger ledger;
    private final UserMail mail;
    private final UserManager users;
    private final PermissionManager permissions;
    private final AccountMail texts;
    private final IssueUrls urls;
    private final Clock clock;

    /**
     * @param ledger the notice ledger, or null when the app has none (mail off)
     * @param mail   Jira's mail, or null when mail is switched off
     */
    public AccountRequests(NoticeLedger ledger, UserMail mail, UserManager users, PermissionManager permissions,
            AccountMail texts, IssueUrls urls, Clock clock) {
        this.ledger = ledger;
        this.mail = mail;
        this.users = Objects.requireNonNull(users, "users");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.urls = Objects.requireNonNull(urls, "urls");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether requests can be mailed at all: the ledger is there and Jira's mail queue is (an optional feature). */
    public boolean isOn() {
        return ledger != null && mail != null && mail.isAvailable();
    }

    /** Where a participant writes their account: the account panel on the postmortem. */
    public String accountLink(Issue postmortem) {
        return urls.browse(postmortem.getKey()) + "#" + AccountPanelView.ANCHOR;
    }

    /**
     * Mails every participant whose account is awaited, once per {@code kind} and {@code occasion}.
     *
     * @param occasion what makes this request distinct: the time the owner's page offered it (a second click sends
     *                 nothing new), or the debrief date for a reminder
     */
    public Outcome send(AccountMail.Kind kind, Issue postmortem, Narrative narrative, ApplicationUser owner,
            long occasion) {
        Outcome outcome = new Outcome();
        if (!isOn()) {
            return outcome;
        }
        String ledgerKind = kind == AccountMail.Kind.REQUEST ? REQUEST_KIND : REMINDER_KIND;
        String ownerName = owner == null ? "" : owner.getDisplayName();
        String issue = postmortem.getKey() + ": " + Objects.toString(postmortem.getSummary(), "");
        for (PersonalAccount account : narrative.accounts()) {
            if (account.isWritten() || account.participantUserKey().isEmpty()) {
                continue;
            }
            ApplicationUser to = users.getUserByKey(account.participantUserKey());
            // The mail names the postmortem: never to someone who may not see it (they could not write there either).
            if (to == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, postmortem, to)) {
                outcome.undeliverable.add(account.participantName());
                continue;
            }
            NoticeId id = new NoticeId(ledgerKind, postmortem.getId(), occasion, to.getKey());
            Instant now = clock.instant();
            if (!ledger.claim(id, now, STALE_AFTER)) {
                outcome.alreadySent.add(to.getDisplayName());
                continue;
            }
            try {
                Locale language = mail.languageOf(to);
                MailContent content = texts.render(kind, language, to.getDisplayName(), ownerName, issue,
                        accountLink(postmortem));
                boolean queued = mail.queue(to, content);
                ledger.markSent(id, clock.instant());
                (queued ? outcome.sent : outcome.undeliverable).add(to.getDisplayName());
            } catch (UserMail.NotQueued e) {
                ledger.markFailed(id, clock.instant());
                outcome.failed.add(to.getDisplayName());
                LOG.warn("Account {} mail for {} to user {} not queued, will be retried: {}", kind, postmortem.getKey(),
                        to.getKey(), e.getMessage());
            } catch (RuntimeException e) {
                ledger.markFailed(id, clock.instant());
                outcome.failed.add(to.getDisplayName());
                LOG.warn("Account {} mail for {} to user {} failed", kind, postmortem.getKey(), to.getKey(), e);
            }
        }
        return outcome;
    }

    /** Who got a mail now, who had one for this occasion already, whose mail failed (retried), who cannot get one. */
    public static final class Outcome {
        final List<String> sent = new ArrayList<>();
        final List<String> alreadySent = new ArrayList<>();
        final List<String> failed = new ArrayList<>();
        final List<String> undeliverable = new ArrayList<>();

        public List<String> sent() {
            return List.copyOf(sent);
        }

        public List<String> alreadySent() {
            return List.copyOf(alreadySent);
        }

        public List<String> failed() {
            return List.copyOf(failed);
        }

        public List<String> undeliverable() {
            return List.copyOf(undeliverable);
        }
    }
}
