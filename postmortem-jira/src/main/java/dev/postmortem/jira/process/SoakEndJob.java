package dev.postmortem.jira.process;

import dev.postmortem.jira.host.OncePerNode;
import dev.postmortem.jira.soak.SoakRecords;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Records {@link ProcessEventType#SOAK_ENDED} for every postmortem whose soak has ended: for each current debrief
 * without a soak end ({@link ProcessEventLog#debriefsAwaitingSoakEnd}) it computes the end of the soak with the
 * project's effective policy, the same policy and the same {@code SoakPolicy.soakEndsAt} the summary and the soak
 * status use, and once that end has passed (by the injected clock) appends SOAK_ENDED <em>at the soak end</em>, not
 * at the time the job ran.
 *
 * <p>Bounded work per run: at most {@link #BATCH} debriefs are looked at, found with two indexed queries on our own
 * table; then per debrief one policy lookup (from the cluster-wide policy cache: one database query per project whose
 * policy is not cached) and, for a soak that has ended, one query, then under the postmortem's cluster lock one
 * transaction of one query and one insert (a debrief whose lock is held too long is left to the next run). No Jira
 * issue, search or user is looked up: the job needs no user and no permission.
 *
 * <p>Idempotent and safe to run twice or on two nodes: {@link ProcessEventLog#appendSoakEnd} appends only while no
 * soak end is recorded for the current debrief, and one postmortem's writes never interleave across nodes. One bad
 * record (e.g. an unreadable policy) is logged once per issue and node and skipped; the others are still recorded,
 * and it is retried on the next run.
 */
public class SoakEndJob {

    /** Debriefs looked at per run; far more than are ever soaking at once. */
    public static final int BATCH = 500;

    private static final Logger LOG = LoggerFactory.getLogger(SoakEndJob.class);

    private final ProcessEventLog log;
    private final SoakRecords records;
    private final Clock clock;
    /** Issues already logged as failing; beyond its bound failures are still counted, not logged. */
    private final OncePerNode loggedProblems = new OncePerNode();

    public SoakEndJob(ProcessEventLog log, SoakRecords records, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What one run did. {@code cancelled}: it stopped early because the scheduler asked it to. */
    public record Result(int lookedAt, int recorded, int failed, boolean cancelled) {
    }

    /**
     * One run. A failure to read the batch itself is thrown (the runner reports the run as failed); a failure on
     * one debrief is not.
     */
    public Result run(BooleanSupplier cancellationRequested) {
        Instant now = clock.instant();
        int lookedAt = 0;
        int recorded = 0;
        int failed = 0;
        for (ProcessEvent debrief : log.debriefsAwaitingSoakEnd(BATCH)) {
            if (cancellationRequested.getAsBoolean()) {
                return new Result(lookedAt, recorded, failed, true);
            }
            lookedAt++;
            try {
                Instant soakEndsAt = records.policyFor(debrief.projectId()).soakEndsAt(debrief.at());
                if (!soakEndsAt.isAfter(now) && log.appendSoakEnd(debrief, soakEndsAt)) {
                    recorded++;
                }
            } catch (RuntimeException e) {
                failed++;
                problem(debrief, e);
            }
        }
        return new Result(lookedAt, recorded, failed, false);
    }

    private void problem(ProcessEvent debrief, RuntimeException e) {
        if (loggedProblems.first(Long.toString(debrief.issueId()))) {
            LOG.warn("Cannot record the end of the soak of postmortem issue {} (project {}); skipped, retried on"
                    + " every run, logged once per issue and node", debrief.issueId(), debrief.projectId(), e);
        }
    }
}
