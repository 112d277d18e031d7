package dev.postmortem.jira.storage;

import dev.postmortem.testsupport.InMemoryClusterLocks;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes writing one postmortem's process events at once, on a real database: each node is a thread with its own
 * connection and its own READ COMMITTED transactions, committed as in Jira. Node A is stopped between its check and
 * its insert until node B has written (no lock) or is waiting for A's cluster lock (with it): the interleaving is
 * forced, not hoped for. Without the lock the log goes wrong, which shows the test reproduces the race; with it the
 * log is right. These tests commit, so they use their own issue and remove its rows after each test. AO-only: the
 * race is between database transactions, which the in-memory log (one lock for everything) does not have.
 */
public abstract class ProcessEventRaceContractTest {

    private static final long ISSUE = 777001L;
    private static final long PROJECT = 10100L;
    private static final Instant D1_AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant D1_SOAK_END = D1_AT.plus(Duration.ofHours(48));
    private static final Instant D2_AT = Instant.parse("2026-03-03T14:00:00Z");
    private static final ProcessEvent D1 = held(D1_AT, "alice");
    private static final ProcessEvent D2 = held(D2_AT, "bob");
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    protected EntityManager entityManager;

    private TransactionalActiveObjects ao;
    private HookedActiveObjects hooked;
    private InMemoryClusterLocks locks;
    private AoProcessEventLog unprotected;
    private SerialisedProcessEventLog serialised;
    private ExecutorService nodes;

    @Before
    public void twoNodes() {
        ao = new TransactionalActiveObjects(entityManager);
        hooked = new HookedActiveObjects(ao);
        locks = new InMemoryClusterLocks();
        unprotected = new AoProcessEventLog(hooked);
        serialised = new SerialisedProcessEventLog(unprotected, locks, LONGEST_WAIT);
        nodes = Executors.newFixedThreadPool(2);
        removeTheIssuesRows();
    }

    @After
    public void removeWhatWasCommitted() throws InterruptedException {
        nodes.shutdownNow();
        nodes.awaitTermination(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS);
        removeTheIssuesRows();
    }

    @Test
    @NonTransactional
    public void withoutTheLockTheSoakEndOfD1IsRecordedAfterTheCorrectionD2AndReadsAsD2s() throws Exception {
        race(unprotected, () -> unprotected.appendSoakEnd(D1, D1_SOAK_END),
                () -> unprotected.appendDebriefChange(D2));

        // The race reproduced: record order D1, D2, SOAK_ENDED, so D1's soak end counts for D2.
        assertThat(unprotected.forIssuesInRecordOrder(List.of(ISSUE)))
                .containsExactly(D1, D2, soakEnd(D1_SOAK_END));
        assertThat(RecordedEvents.currentDebrief(unprotected, ISSUE)).contains(D2);
        assertThat(RecordedEvents.currentSoakEnd(unprotected, ISSUE)).contains(soakEnd(D1_SOAK_END));
        assertThat(unprotected.awaitsSoakEnd(D2)).as("D2's own soak end would never be recorded").isFalse();
    }

    @Test
    @NonTransactional
    public void withTheLockTheCorrectionD2WaitsForTheSoakEndOfD1AndGetsItsOwn() throws Exception {
        race(serialised, () -> serialised.appendSoakEnd(D1, D1_SOAK_END),
                () -> serialised.appendDebriefChange(D2));

        assertThat(locks.lock(SerialisedProcessEventLog.lockName(ISSUE)).contended())
                .as("node B waited for node A's lock").isEqualTo(1);
        assertThat(serialised.forIssuesInRecordOrder(List.of(ISSUE)))
                .containsExactly(D1, soakEnd(D1_SOAK_END), D2);
        assertThat(RecordedEvents.currentDebrief(serialised, ISSUE)).contains(D2);
        assertThat(RecordedEvents.currentSoakEnd(serialised, ISSUE)).as("D2's soak is still running").isEmpty();

        Instant d2SoakEnd = D2_AT.plus(Duration.ofHours(48));
        assertThat(serialised.appendSoakEnd(D2, d2SoakEnd)).isTrue();
        assertThat(RecordedEvents.currentSoakEnd(serialised, ISSUE)).contains(soakEnd(d2SoakEnd));
    }

    @Test
    @NonTransactional
    public void withoutTheLockTwoNodesRecordTheSameCorrectionTwice() throws Exception {
        race(unprotected, () -> unprotected.appendDebriefChange(D2), () -> unprotected.appendDebriefChange(D2));

        assertThat(unprotected.forIssuesInRecordOrder(List.of(ISSUE))).containsExactly(D1, D2, D2);
    }

    @Test
    @NonTransactional
    public void withTheLockTheSecondNodeFindsTheCorrectionRecordedAndAddsNothing() throws Exception {
        Future<Boolean>[] results = race(serialised, () -> serialised.appendDebriefChange(D2),
                () -> serialised.appendDebriefChange(D2));

        assertThat(results[1].get()).as("B re-checked under the lock").isFalse();
        assertThat(locks.lock(SerialisedProcessEventLog.lockName(ISSUE)).contended()).isEqualTo(1);
        assertThat(serialised.forIssuesInRecordOrder(List.of(ISSUE))).containsExactly(D1, D2);
    }

    /**
     * D1 recorded; then node A runs {@code a}, stopped between its check and its insert until node B, running
     * {@code b}, has finished or waits for A's lock; then A goes on. Returns A's and B's results.
     */
    @SuppressWarnings("unchecked")
    private Future<Boolean>[] race(ProcessEventLog log, Callable<Boolean> a, Callable<Boolean> b) throws Exception {
        assertThat(log.appendDebriefChange(D1)).isTrue();
        CountDownLatch aChecked = new CountDownLatch(1);
        CountDownLatch bDoneOrWaiting = new CountDownLatch(1);
        locks.onContended(bDoneOrWaiting::countDown);

        Future<Boolean> nodeA = nodes.submit(() -> {
            hooked.beforeNextInsertInThisThread(() -> {
                aChecked.countDown();
                awaitOrFail(bDoneOrWaiting, "node B neither finished nor waited for the lock");
            });
            return a.call();
        });
        awaitOrFail(aChecked, "node A never reached its insert");
        Future<Boolean> nodeB = nodes.submit(() -> {
            try {
                return b.call();
            } finally {
                bDoneOrWaiting.countDown();
            }
        });

        assertThat(nodeA.get(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS)).as("node A appended").isTrue();
        nodeB.get(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS);
        return new Future[] {nodeA, nodeB};
    }

    private static void awaitOrFail(CountDownLatch latch, String what) {
        try {
            if (!latch.await(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError(what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(what, e);
        }
    }

    private void removeTheIssuesRows() {
        ao.executeInTransaction(() -> {
            ao.delete(ao.find(ProcessEventEntity.class, Query.select()
                    .where(ProcessEventEntity.COLUMN_ISSUE_ID + " = ?", ISSUE)));
            return null;
        });
    }

    private static ProcessEvent held(Instant at, String actorKey) {
        return new ProcessEvent(ProcessEventType.DEBRIEF_HELD, ISSUE, PROJECT, at, actorKey);
    }

    private static ProcessEvent soakEnd(Instant at) {
        return new ProcessEvent(ProcessEventType.SOAK_ENDED, ISSUE, PROJECT, at, null);
    }
}
