package dev.postmortem.jira.storage;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import dev.postmortem.testsupport.InMemoryClusterLocks;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice ledger contract on {@link AoNoticeLedger}, plus what only a database has: two nodes claiming the same
 * notice at once, each a thread with its own connection and its own committed READ COMMITTED transactions. Node A is
 * stopped between its read and its insert until node B has finished (no lock) or waits for A's cluster lock (with
 * it): the interleaving is forced, not hoped for. Subclasses choose the database with the AO runner's annotations;
 * the runner injects {@link #entityManager}.
 */
public abstract class AoNoticeLedgerContractTest extends NoticeLedgerContractTest {

    private static final long RACED_SUBJECT = 888001L;
    private static final NoticeId RACED = new NoticeId("SOAK_ENDED", RACED_SUBJECT, 1796634000000L, "JIRAUSER10100");
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    protected EntityManager entityManager;

    @Override
    protected NoticeLedger newLedger() {
        return new AoNoticeLedger(new EntityManagerActiveObjects(entityManager), new InMemoryClusterLocks(),
                Duration.ofSeconds(1));
    }

    @Test
    public void aStateANewerModelWroteCountsAsSentAndIsNeverClaimed() throws Exception {
        entityManager.create(NoticeEntity.class,
                new DBParam(NoticeEntity.COLUMN_NOTICE_KIND, ALICE.kind()),
                new DBParam(NoticeEntity.COLUMN_SUBJECT_ID, ALICE.subjectId()),
                new DBParam(NoticeEntity.COLUMN_OCCASION, ALICE.occasion()),
                new DBParam(NoticeEntity.COLUMN_RECIPIENT_KEY, ALICE.recipientKey()),
                new DBParam(NoticeEntity.COLUMN_NOTICE_STATE, "SUPPRESSED"),
                new DBParam(NoticeEntity.COLUMN_ATTEMPTS, 0),
                new DBParam(NoticeEntity.COLUMN_UPDATED_AT, 0L));

        assertThat(ledger.state(ALICE)).contains(NoticeLedger.State.SENT);
        assertThat(ledger.claim(ALICE, T0, STALE)).isFalse();
    }

    @Test
    public void failedAttemptsAreCounted() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(ledger.claim(ALICE, T0.plusSeconds(attempt), STALE)).isTrue();
            ledger.markFailed(ALICE, T0.plusSeconds(attempt));
        }

        assertThat(entityManager.find(NoticeEntity.class)).singleElement()
                .satisfies(row -> assertThat(row.getAttempts()).isEqualTo(3));
    }

    @Test
    @NonTransactional
    public void withoutTheLockTwoNodesBothWinTheSameNotice() throws Exception {
        Race race = race(new NoLocks(), null);

        assertThat(race.aWon()).isTrue();
        assertThat(race.bWon()).as("the race reproduced: both would send").isTrue();
        assertThat(race.rows()).isEqualTo(2);
    }

    @Test
    @NonTransactional
    public void withTheLockExactlyOneOfTwoNodesWinsTheSameNotice() throws Exception {
        InMemoryClusterLocks locks = new InMemoryClusterLocks();
        Race race = race(locks, locks);

        assertThat(race.aWon()).isTrue();
        assertThat(race.bWon()).as("B read A's committed record under the lock").isFalse();
        assertThat(locks.lock(AoNoticeLedger.lockName(RACED_SUBJECT)).contended()).isEqualTo(1);
        assertThat(race.rows()).isEqualTo(1);
    }

    /** What the race left: who won, and how many records the database holds after it. */
    private record Race(boolean aWon, boolean bWon, int rows) {
    }

    /** Node A claims, stopped before its insert until node B has claimed or waits for A's lock. */
    private Race race(ClusterLockService lockService, InMemoryClusterLocks contention) throws Exception {
        TransactionalActiveObjects ao = new TransactionalActiveObjects(entityManager);
        HookedActiveObjects hooked = new HookedActiveObjects(ao);
        AoNoticeLedger nodeALedger = new AoNoticeLedger(hooked, lockService, LONGEST_WAIT);
        AoNoticeLedger nodeBLedger = new AoNoticeLedger(ao, lockService, LONGEST_WAIT);
        remove(ao);
        CountDownLatch aRead = new CountDownLatch(1);
        CountDownLatch bDoneOrWaiting = new CountDownLatch(1);
        if (contention != null) {
            contention.onContended(bDoneOrWaiting::countDown);
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> nodeA = nodes.submit(() -> {
                hooked.beforeNextInsertInThisThread(() -> {
                    aRead.countDown();
                    await(bDoneOrWaiting);
                });
                return nodeALedger.claim(RACED, T0, STALE);
            });
            await(aRead);
            Future<Boolean> nodeB = nodes.submit(() -> {
                try {
                    return nodeBLedger.claim(RACED, T0, STALE);
                } finally {
                    bDoneOrWaiting.countDown();
                }
            });
            boolean aWon = nodeA.get(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS);
            boolean bWon = nodeB.get(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS);
            return new Race(aWon, bWon, count(ao));
        } finally {
            nodes.shutdownNow();
            remove(ao);
        }
    }

    private static int count(TransactionalActiveObjects ao) {
        return ao.executeInTransaction(() -> ao.find(NoticeEntity.class, Query.select()
                .where(NoticeEntity.COLUMN_SUBJECT_ID + " = ?", RACED_SUBJECT)).length);
    }

    private static void remove(TransactionalActiveObjects ao) {
        ao.executeInTransaction(() -> {
            ao.delete(ao.find(NoticeEntity.class, Query.select()
                    .where(NoticeEntity.COLUMN_SUBJECT_ID + " = ?", RACED_SUBJECT)));
            return null;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the other node never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A lock service that locks nothing: the ledger as it would be without the cluster lock. */
    private static final class NoLocks implements ClusterLockService {
        @Override
        public ClusterLock getLockForName(String lockName) {
            return new ClusterLock() {
                @Override
                public void lock() {
                }

                @Override
                public void lockInterruptibly() {
                }

                @Override
                public boolean tryLock() {
                    return true;
                }

                @Override
                public boolean tryLock(long time, TimeUnit unit) {
                    return true;
                }

                @Override
                public void unlock() {
                }

                @Override
                public Condition newCondition() {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
