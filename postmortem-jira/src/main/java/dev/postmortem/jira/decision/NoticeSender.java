package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.core.decision.Notice;
import dev.postmortem.jira.host.MailContent;
import dev.postmortem.jira.host.OncePerNode;
import dev.postmortem.jira.host.UserMail;
import dev.postmortem.jira.storage.NoticeId;
import dev.postmortem.jira.storage.NoticeLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sends one decision notice to its recipient at most once across the cluster: the recipient sees only the actions
 * they may browse (and nothing at all without browse permission on the postmortem, whose key and summary the mail
 * names); when none remain nothing is sent or recorded. Otherwise the notice is claimed in the {@link NoticeLedger},
 * written in the recipient's language, queued, and marked sent; a mail Jira refuses is marked failed and claimed
 * again by the next run. A notice claimed by a sender that died is taken over after {@link #STALE_CLAIM}.
 */
public class NoticeSender {

    /**
     * After this a PENDING claim counts as its sender's death (node restart between claim and send). Far longer than a
     * run takes; shorter than the job's lateness window, so the notice still goes out. See ADR 0025.
     */
    public static final Duration STALE_CLAIM = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(NoticeSender.class);

    /** What happened to one notice. */
    public enum Outcome {
        /** Queued now. */
        SENT,
        /** Sent (or settled) before, by this or another node. */
        ALREADY_SENT,
        /** Settled without mail: the user is inactive or has no address (Jira's queue said never). */
        UNDELIVERABLE,
        /** Nothing to send: the recipient is unknown, may browse none of it, or another node holds the claim. */
        NOTHING,
        /** Jira refused the mail for now; marked failed, tried again on the next run. */
        FAILED
    }

    private final NoticeLedger ledger;
    private final UserMail mail;
    private final DecisionMail writer;
    private final UserManager userManager;
    private final PermissionManager permissionManager;
    private final Clock clock;
    private final OncePerNode logged = new OncePerNode();

    public NoticeSender(NoticeLedger ledger, UserMail mail, DecisionMail writer, UserManager userManager,
            PermissionManager permissionManager, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.userManager = Objects.requireNonNull(userManager, "userManager");
        this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The ledger's id of a notice: its kind, the postmortem, the soak end and the recipient. */
    public static NoticeId idOf(Notice notice) {
        return new NoticeId(notice.key().kind().name(), notice.key().postmortemId(),
                notice.key().soakEndedAt().toEpochMilli(), notice.recipientKey());
    }

    /**
     * @param actionIssues the postmortem's action issues by id (all of them; this filters per recipient)
     * @param reminderDays the project's reminder business days, which a reminder names
     */
    public Outcome send(Notice notice, Issue postmortem, Map<Long, Issue> actionIssues, int reminderDays) {
        NoticeId id = idOf(notice);
        if (ledger.state(id).filter(state -> state == NoticeLedger.State.SENT).isPresent()) {
            return Outcome.ALREADY_SENT;
        }
        ApplicationUser user = userManager.getUserByKey(notice.recipientKey());
        if (user == null) {
            if (logged.first("unknown:" + notice.recipientKey())) {
                LOG.info("Decision notice about postmortem issue {} not sent: Jira knows no user with key {}"
                        + " (logged once per user and node)", postmortem.getId(), notice.recipientKey());
            }
            return Outcome.NOTHING;
        }
        List<Issue> visible = visibleTo(user, postmortem, notice, actionIssues);
        if (visible.isEmpty()) {
            return Outcome.NOTHING;
        }
        Instant now = clock.instant();
        if (!ledger.claim(id, now, STALE_CLAIM)) {
            return Outcome.NOTHING;
        }
        try {
            MailContent content = writer.render(notice, mail.languageOf(user), postmortem, visible,
                    user.getDisplayName(), reminderDays);
            boolean queued = mail.queue(user, content);
            // "Never" (inactive, no address) is settled like a sent notice: retrying cannot help.
            ledger.markSent(id, clock.instant());
            return queued ? Outcome.SENT : Outcome.UNDELIVERABLE;
        } catch (UserMail.NotQueued e) {
            ledger.markFailed(id, clock.instant());
            LOG.warn("Decision notice {} not sent: {}; tried again on the next run", id, e.getMessage());
            return Outcome.FAILED;
        } catch (RuntimeException e) {
            ledger.markFailed(id, clock.instant());
            LOG.warn("Decision notice {} not sent; tried again on the next run", id, e);
            return Outcome.FAILED;
        }
    }

    /** The notice's actions the user may browse, in its order; none without browse permission on the postmortem. */
    private List<Issue> visibleTo(ApplicationUser user, Issue postmortem, Notice notice, Map<Long, Issue> actionIssues) {
        if (!permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, postmortem, user)) {
            return List.of();
        }
        return notice.actionIds().stream()
                .map(actionIssues::get)
                .filter(Objects::nonNull)
                .filter(action -> permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, action, user))
                .toList();
    }
}
