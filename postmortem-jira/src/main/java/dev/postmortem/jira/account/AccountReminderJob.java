package dev.postmortem.jira.account;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.process.DebriefReminder;
import dev.postmortem.jira.host.OncePerNode;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The reminder before the debrief: one step of the cluster-wide soak-end job (RUN_ONCE_PER_CLUSTER, every 15 minutes),
 * bounded on its own. A "Debrief held at" set to a time still ahead is the planned debrief; from one business day
 * before it ({@link DebriefReminder}, in Jira's time zone) until it starts, each participant whose account is still
 * awaited gets one reminder ({@link AccountRequests}, ledger kind {@code ACCOUNT_REMINDER}, occasion = the debrief
 * time: a moved debrief reminds again, a repeated run does not). Why this window: docs/adr/0024.
 */
public class AccountReminderJob {

    /** Debriefs looked at per run: the same newest-first batch the soak-end step reads. */
    public static final int BATCH = 500;

    private static final Logger LOG = LoggerFactory.getLogger(AccountReminderJob.class);

    private final ProcessEventLog log;
    private final IssueManager issueManager;
    private final NarrativeUpdates narratives;
    private final AccountRequests requests;
    private final Clock clock;
    private final ZoneId zone;
    private final OncePerNode loggedProblems = new OncePerNode();

    public AccountReminderJob(ProcessEventLog log, IssueManager issueManager, NarrativeUpdates narratives,
            AccountRequests requests, Clock clock) {
        this(log, issueManager, narratives, requests, clock, ZoneOffset.UTC);
    }

    /** @param zone where the business day before a debrief is counted: Jira's default time zone */
    public AccountReminderJob(ProcessEventLog log, IssueManager issueManager, NarrativeUpdates narratives,
            AccountRequests requests, Clock clock, ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.log = Objects.requireNonNull(log, "log");
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.narratives = Objects.requireNonNull(narratives, "narratives");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How many postmortems were due a reminder, how many mails went out, how many failed (retried next run). */
    public record Result(int due, int sent, int failed, boolean cancelled) {
    }

    public Result run(BooleanSupplier cancellationRequested) {
        if (!requests.isOn()) {
            return new Result(0, 0, 0, false);
        }
        Instant now = clock.instant();
        int due = 0;
        int sent = 0;
        int failed = 0;
        for (ProcessEvent debrief : log.debriefsAwaitingSoakEnd(BATCH)) {
            if (cancellationRequested.getAsBoolean()) {
                return new Result(due, sent, failed, true);
            }
            // Only a planned debrief, within its reminder window: never after it started.
            if (!debrief.at().isAfter(now) || now.isBefore(DebriefReminder.dueAt(debrief.at(), zone))) {
                continue;
            }
            due++;
            try {
                MutableIssue postmortem = issueManager.getIssueObject(debrief.issueId());
                if (postmortem == null) {
                    continue;
                }
                Narrative narrative = narratives.read(postmortem);
                AccountRequests.Outcome outcome = requests.send(AccountMail.Kind.REMINDER, postmortem, narrative,
                        PostmortemOwner.of(postmortem).orElse(null), debrief.at().toEpochMilli());
                sent += outcome.sent().size();
                failed += outcome.failed().size();
            } catch (RuntimeException e) {
                failed++;
                if (loggedProblems.first(Long.toString(debrief.issueId()))) {
                    LOG.warn("Cannot remind the participants of postmortem issue {} of their accounts; retried on every"
                            + " run until the debrief, logged once per issue and node", debrief.issueId(), e);
                }
            }
        }
        return new Result(due, sent, failed, false);
    }
}
