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
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The plugin's {@link ProcessEventLog}: {@link AoProcessEventLog} with the debrief and soak-end appends of one
 * postmortem serialised across the cluster, so that each check sees every earlier write (under READ COMMITTED two
 * nodes could otherwise record a soak end for the wrong debrief, or the same debrief twice).
 *
 * <p>A write first checks without the lock; only when it must write does it take the cluster lock
 * {@value #LOCK_NAME_PREFIX}&lt;issue id&gt; with {@code tryLock(lockWait)}, let the delegate check again and
 * insert, and unlock after the commit. On timeout or interrupt (the interrupt flag is kept) the write is skipped,
 * logged, and false returned: the next event or soak-end run repairs it. The lock covers the commit only when the
 * delegate's transaction is the outermost one. Why, and the {@code clusterlockstatus} rows it leaves
 * (JRASERVER-69114): docs/adr/0011-cluster-lock-per-postmortem.md.
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

    @Override
    public List<ProcessEvent> soakEndsBetween(Instant from, Instant to, int limit) {
        return log.soakEndsBetween(from, to, limit);
    }
}
