package dev.postmortem.jira.storage;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The plugin's {@link ProcessEventLog}: {@link AoProcessEventLog} with the debrief and soak-end appends of one
 * postmortem serialised across the cluster, so that each check sees every earlier write.
 *
 * <p>Why: each append checks, then inserts, in one transaction, and under READ COMMITTED two nodes' transactions do
 * not see each other's rows. Node A could find debrief D1 current and insert D1's SOAK_ENDED while node B inserted a
 * correction D2 that got the lower ID; read in record order (D1, D2, SOAK_ENDED) the soak end would belong to D2,
 * and D2's own soak end would never be recorded. Now every such write holds the postmortem's cluster lock from before
 * its check until after its commit, so the other node's check runs after that commit and its row gets a later ID.
 * Two nodes appending the same debrief change no longer both append it either.
 *
 * <p>Cost: the lock is taken only when a write is needed. {@link #appendDebriefChange} runs on every event of a
 * Postmortem issue; it first checks without the lock (one read, the same rule), and an event that changes nothing
 * (most of them) ends there. When the check says "write", the lock is taken and the delegate checks again under it
 * inside its transaction, because another node may have written in between.
 *
 * <p>Waiting: {@code tryLock(lockWait)}, not {@code lock()}. The holder keeps the lock for one short transaction, so
 * a wait of a few seconds covers a slow database; {@code lock()} would block the user's edit (the listener runs in
 * the request) for as long as a stuck holder does, and beehive locks never time out while their node lives. After
 * the wait the write is skipped and logged, and the call returns false: the next event of the postmortem repairs a
 * debrief, the next run of the soak-end job a soak end (both compare with the log). An interrupt skips the same way
 * and keeps the thread's interrupt flag.
 *
 * <p>Lock name: {@value #LOCK_NAME_PREFIX} followed by the postmortem's issue id, e.g.
 * {@code dev.postmortem.postmortem-jira.process-events-10001} (plain ASCII, as the ClusterLockService javadoc
 * recommends). The beehive javadoc sets no limit on the number of names (up to 255 characters each, namespaced), but
 * in Data Center each name becomes a row of Jira's {@code clusterlockstatus} table that Jira never deletes: the
 * service was designed for a fixed set of names (JRASERVER-69114, "Provide cluster lock mechanism that can be used
 * with one-off lock names"). The rows stay few: one per postmortem that ever recorded a debrief, not one per event or
 * per issue, since nothing is locked for an edit that changes nothing or for any other issue type (Jira Service
 * Management itself locks per issue, {@code sla_issue_update_<id>}). Striping by issue id would bound the rows but
 * make unrelated postmortems wait for each other; not worth it at one row per postmortem.
 *
 * <p>Limit: the lock covers the commit only when the delegate's transaction is the outermost one. A caller already
 * inside a host transaction (Active Objects joins it) commits after the unlock.
 */
public class SerialisedProcessEventLog implements ProcessEventLog {

    /** Followed by the postmortem's issue id; never change it while a cluster may run two versions of the app. */
    static final String LOCK_NAME_PREFIX = "dev.postmortem.postmortem-jira.process-events-";

    private static final Logger LOG = LoggerFactory.getLogger(SerialisedProcessEventLog.class);

    private final AoProcessEventLog log;
    private final ClusterLockService clusterLockService;
    private final Duration lockWait;

    public SerialisedProcessEventLog(AoProcessEventLog log, ClusterLockService clusterLockService,
            Duration lockWait) {
        this.log = Objects.requireNonNull(log, "log");
        this.clusterLockService = Objects.requireNonNull(clusterLockService, "clusterLockService");
        this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
    }

    static String lockName(long issueId) {
        return LOCK_NAME_PREFIX + issueId;
    }

    /**
     * {@inheritDoc} Checks without the lock first; takes the postmortem's cluster lock only to write. False also when
     * the lock was not acquired in time (logged; the next event of the postmortem repairs it).
     */
    @Override
    public boolean appendDebriefChange(ProcessEvent debriefEvent) {
        return log.wouldChangeDebrief(debriefEvent)
                && underLock(debriefEvent.issueId(), debriefEvent.type(), () -> log.appendDebriefChange(debriefEvent));
    }

    /**
     * {@inheritDoc} Checks without the lock first; takes the postmortem's cluster lock only to write. False also when
     * the lock was not acquired in time (logged; the next run of the soak-end job repairs it).
     */
    @Override
    public boolean appendSoakEnd(ProcessEvent debrief, Instant soakEndsAt) {
        Objects.requireNonNull(soakEndsAt, "soakEndsAt");
        return log.awaitsSoakEnd(debrief) && underLock(debrief.issueId(), ProcessEventType.SOAK_ENDED,
                () -> log.appendSoakEnd(debrief, soakEndsAt));
    }

    /** Runs {@code write} (a whole check-then-insert transaction) holding the postmortem's lock; unlocks after it. */
    private boolean underLock(long issueId, ProcessEventType type, BooleanSupplier write) {
        String name = lockName(issueId);
        ClusterLock lock = clusterLockService.getLockForName(name);
        boolean locked;
        try {
            locked = lock.tryLock(lockWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("{} of postmortem issue {} not recorded: interrupted while waiting for the cluster lock {};"
                    + " recorded on a later event or soak-end run", type, issueId, name);
            return false;
        }
        if (!locked) {
            LOG.warn("{} of postmortem issue {} not recorded: another node held the cluster lock {} for more than"
                    + " {} ms; recorded on a later event or soak-end run", type, issueId, name, lockWait.toMillis());
            return false;
        }
        try {
            return write.getAsBoolean();
        } finally {
            lock.unlock();
        }
    }

    // ---- no check-then-insert: straight to the log

    @Override
    public void append(ProcessEvent event) {
        log.append(event);
    }

    @Override
    public List<ProcessEvent> forIssue(long issueId) {
        return log.forIssue(issueId);
    }

    @Override
    public List<ProcessEvent> forProject(long projectId, Instant from, Instant to) {
        return log.forProject(projectId, from, to);
    }

    @Override
    public Optional<ProcessEvent> currentDebrief(long issueId) {
        return log.currentDebrief(issueId);
    }

    @Override
    public Optional<ProcessEvent> currentSoakEnd(long issueId) {
        return log.currentSoakEnd(issueId);
    }

    @Override
    public List<ProcessEvent> debriefsAwaitingSoakEnd(int limit) {
        return log.debriefsAwaitingSoakEnd(limit);
    }

    @Override
    public List<ProcessEvent> forIssuesInRecordOrder(Collection<Long> issueIds) {
        return log.forIssuesInRecordOrder(issueIds);
    }

    @Override
    public List<ProcessEvent> debriefsHeldBetween(long projectId, Instant from, Instant to, int limit) {
        return log.debriefsHeldBetween(projectId, from, to, limit);
    }
}
