package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import dev.postmortem.core.decision.DecisionNotices;
import dev.postmortem.core.decision.Notice;
import dev.postmortem.core.decision.NoticeKey;
import dev.postmortem.core.decision.PostmortemActions;
import dev.postmortem.jira.host.OncePerNode;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.storage.NoticeId;
import dev.postmortem.jira.storage.NoticeLedger;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The decision-notice step of the cluster-wide soak-end job (issue 13): for every postmortem whose soak ended
 * recently, asks the core who is to be asked to decide now ({@link DecisionNotices#soakEnded} when the soak has
 * ended, {@link DecisionNotices#reminders} some business days later) and hands each {@link Notice} to the
 * {@link NoticeSender}, which sends it once across the cluster. When the first reminder of a soak end is sent, appends
 * {@link ProcessEventType#DECISION_REMINDED} (at the reminder's due time) once.
 *
 * <p>Bounded work per run: one indexed query for the soak ends of the last {@link #LOOK_BACK} (at most {@link #BATCH},
 * latest first); per project one settings read; per postmortem a pure check whether a notice window is open, and only
 * for those in a window the Jira reads (issue, links, users, permissions) and the ledger. Nothing runs while
 * Jira's mail queue is missing ({@link OptionalFeatures.Feature#MAIL}): nothing is claimed, so everything is sent
 * once mail is back, within the lateness rule below.
 *
 * <p>Lateness: the core drops a notice more than {@link DecisionNotices#MAX_LATENESS} after it fell due (an upgrade
 * or a long outage must not mail every old postmortem). Inside that window a failed notice is retried on every run.
 * A notice still unsent when its window closes (it kept failing, or its claim went stale) is logged once per node as
 * dropped during the {@link #DROP_REPORT} after the window (docs/operations.md).
 */
public class DecisionNoticeJob {

    /** Soak ends looked at per run. */
    public static final int BATCH = 1000;
    /** How far back soak ends are looked for: the lateness window after reminders of up to about 270 business days. */
    public static final Duration LOOK_BACK = Duration.ofDays(400);
    /** How long after a window closed its unsent notices are reported as dropped. */
    static final Duration DROP_REPORT = Duration.ofDays(2);
    /** The ledger's kind for "DECISION_REMINDED is recorded for this soak end". */
    static final String REMINDED_EVENT = "DECISION_REMINDED_EVENT";
    private static final String PROCESS_LOG = "process-log";

    private static final Logger LOG = LoggerFactory.getLogger(DecisionNoticeJob.class);

    private final ProcessEventLog log;
    private final IssueManager issueManager;
    private final DecidableActions decidableActions;
    private final ReminderPolicies reminderPolicies;
    private final NoticeSender sender;
    private final NoticeLedger ledger;
    private final OptionalFeatures features;
    private final Clock clock;
    private final OncePerNode logged = new OncePerNode();

    public DecisionNoticeJob(ProcessEventLog log, IssueManager issueManager, DecidableActions decidableActions,
            ReminderPolicies reminderPolicies, NoticeSender sender, NoticeLedger ledger, OptionalFeatures features,
            Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.decidableActions = Objects.requireNonNull(decidableActions, "decidableActions");
        this.reminderPolicies = Objects.requireNonNull(reminderPolicies, "reminderPolicies");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.features = Objects.requireNonNull(features, "features");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What one run did. {@code dropped}: notices found unsent after their window closed, reported now (each once per
     * node); {@code mailOff}: nothing was done, Jira's mail queue is missing; {@code cancelled}: it stopped early
     * because the scheduler asked it to.
     */
    public record Result(int lookedAt, int sent, int failed, int dropped, boolean mailOff, boolean cancelled) {

        static Result off() {
            return new Result(0, 0, 0, 0, true, false);
        }
    }

    /** One run. A failure to read the soak ends is thrown; a failure on one postmortem is logged and skipped. */
    public Result run(BooleanSupplier cancellationRequested) {
        if (!features.isOn(OptionalFeatures.Feature.MAIL)) {
            return Result.off();
        }
        Instant now = clock.instant();
        List<ProcessEvent> soakEnds = log.soakEndsBetween(now.minus(LOOK_BACK), now.plusMillis(1), BATCH);
        if (soakEnds.size() >= BATCH && logged.first("batch")) {
            LOG.warn("More than {} soak ends in the last {} days: decision notices of the oldest are not looked at"
                    + " (logged once per node)", BATCH, LOOK_BACK.toDays());
        }
        Map<Long, ReminderPolicies.ForProject> projects = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        int lookedAt = 0;
        int sent = 0;
        int failed = 0;
        int dropped = 0;
        for (ProcessEvent soakEnd : soakEnds) {
            if (cancellationRequested.getAsBoolean()) {
                return new Result(lookedAt, sent, failed, dropped, false, true);
            }
            // Latest first: the first soak end of a postmortem is its current one; older ones are history.
            if (!seen.add(soakEnd.issueId())) {
                continue;
            }
            try {
                ReminderPolicies.ForProject rules =
                        projects.computeIfAbsent(soakEnd.projectId(), reminderPolicies::forProject);
                Windows windows = Windows.of(soakEnd.at(), rules.policy().dueAt(soakEnd.at()), now);
                if (!windows.any()) {
                    continue;
                }
                lookedAt++;
                Counts counts = notify(soakEnd, rules, windows, now);
                sent += counts.sent();
                failed += counts.failed();
                dropped += counts.dropped();
            } catch (RuntimeException e) {
                failed++;
                if (logged.first("postmortem:" + soakEnd.issueId())) {
                    LOG.warn("Cannot send the decision notices of postmortem issue {} (project {}); tried again on"
                            + " every run, logged once per issue and node", soakEnd.issueId(), soakEnd.projectId(), e);
                }
            }
        }
        return new Result(lookedAt, sent, failed, dropped, false, false);
    }

    /** What one postmortem's notices came to. */
    private record Counts(int sent, int failed, int dropped) {

        static final Counts NONE = new Counts(0, 0, 0);
    }

    /** Sends the postmortem's due notices. */
    private Counts notify(ProcessEvent soakEnd, ReminderPolicies.ForProject rules, Windows windows, Instant now) {
        Issue postmortem = issueManager.getIssueObject(soakEnd.issueId());
        if (postmortem == null) {
            return Counts.NONE;
        }
        DecidableActions.Read read = decidableActions.of(postmortem, issue -> true,
                rules.settings().notDoingResolutionId());
        PostmortemActions actions = read.actions();
        if (!soakEnd.at().truncatedTo(ChronoUnit.MILLIS).equals(actions.soakEndedAt())) {
            return Counts.NONE; // the debrief was corrected since: this soak end is no longer the current one
        }
        Optional<String> owner = DecisionNotices.owner(postmortem.getAssigneeId(), postmortem.getReporterId());
        List<Notice> due = new ArrayList<>(DecisionNotices.soakEnded(actions, owner, now));
        due.addAll(DecisionNotices.reminders(actions, owner, rules.policy(), now));
        int sent = 0;
        int failed = 0;
        boolean reminded = false;
        for (Notice notice : due) {
            NoticeSender.Outcome outcome = sender.send(notice, postmortem, read.issues(),
                    rules.policy().businessDays());
            sent += outcome == NoticeSender.Outcome.SENT ? 1 : 0;
            failed += outcome == NoticeSender.Outcome.FAILED ? 1 : 0;
            reminded |= notice.key().kind() == NoticeKey.Kind.DECISION_REMINDER
                    && (outcome == NoticeSender.Outcome.SENT || outcome == NoticeSender.Outcome.ALREADY_SENT);
        }
        if (reminded) {
            recordReminded(postmortem, soakEnd, windows.reminderDue(), now);
        }
        int dropped = reportDropped(actions, owner, rules, windows);
        return new Counts(sent, failed, dropped);
    }

    /**
     * Appends DECISION_REMINDED once per soak end. The ledger's claim makes the check-then-append one writer at a
     * time across the cluster; the check makes a retry after a crash between append and mark harmless.
     */
    private void recordReminded(Issue postmortem, ProcessEvent soakEnd, Instant reminderDue, Instant now) {
        NoticeId marker = new NoticeId(REMINDED_EVENT, postmortem.getId(), soakEnd.at().toEpochMilli(), PROCESS_LOG);
        if (ledger.state(marker).filter(state -> state == NoticeLedger.State.SENT).isPresent()
                || !ledger.claim(marker, now, NoticeSender.STALE_CLAIM)) {
            return;
        }
        try {
            Instant at = reminderDue.truncatedTo(ChronoUnit.MILLIS);
            boolean recorded = log.forIssuesInRecordOrder(List.of(postmortem.getId())).stream()
                    .anyMatch(e -> e.type() == ProcessEventType.DECISION_REMINDED && e.at().equals(at));
            if (!recorded) {
                log.append(new ProcessEvent(ProcessEventType.DECISION_REMINDED, postmortem.getId(),
                        soakEnd.projectId(), at, null));
            }
            ledger.markSent(marker, clock.instant());
        } catch (RuntimeException e) {
            ledger.markFailed(marker, clock.instant());
            throw e;
        }
    }

    /**
     * Logs, once per node, each notice whose lateness window has closed without it being sent: the recipients the
     * core named at the window's last moment whose ledger record is still FAILED or PENDING.
     */
    private int reportDropped(PostmortemActions actions, Optional<String> owner, ReminderPolicies.ForProject rules,
            Windows windows) {
        List<Notice> closed = new ArrayList<>();
        if (windows.soakEndedJustClosed()) {
            closed.addAll(DecisionNotices.soakEnded(actions, owner, windows.soakEndedClosesAt()));
        }
        if (windows.reminderJustClosed()) {
            closed.addAll(DecisionNotices.reminders(actions, owner, rules.policy(), windows.reminderClosesAt()));
        }
        int dropped = 0;
        for (Notice notice : closed) {
            NoticeId id = NoticeSender.idOf(notice);
            Optional<NoticeLedger.State> state = ledger.state(id);
            if (state.isPresent() && state.get() != NoticeLedger.State.SENT && logged.first("dropped:" + id)) {
                dropped++;
                LOG.warn("Decision notice {} DROPPED: still {} more than {} days after it fell due, so it is no"
                        + " longer sent (check Jira's outgoing mail); the postmortem panel still lists the undecided"
                        + " actions. Logged once per node.", id, state.get(), DecisionNotices.MAX_LATENESS.toDays());
            }
        }
        return dropped;
    }

    /** When each notice of one soak end may be sent, relative to {@code now}. */
    record Windows(Instant soakEnd, Instant reminderDue, Instant now) {

        static Windows of(Instant soakEnd, Instant reminderDue, Instant now) {
            return new Windows(soakEnd, reminderDue, now);
        }

        Instant soakEndedClosesAt() {
            return soakEnd.plus(DecisionNotices.MAX_LATENESS);
        }

        Instant reminderClosesAt() {
            return reminderDue.plus(DecisionNotices.MAX_LATENESS);
        }

        boolean any() {
            return open(soakEnd, soakEndedClosesAt()) || open(reminderDue, reminderClosesAt())
                    || soakEndedJustClosed() || reminderJustClosed();
        }

        boolean soakEndedJustClosed() {
            return justClosed(soakEndedClosesAt());
        }

        boolean reminderJustClosed() {
            return justClosed(reminderClosesAt());
        }

        private boolean open(Instant from, Instant to) {
            return !now.isBefore(from) && !now.isAfter(to);
        }

        private boolean justClosed(Instant closedAt) {
            return now.isAfter(closedAt) && !now.isAfter(closedAt.plus(DROP_REPORT));
        }
    }
}
