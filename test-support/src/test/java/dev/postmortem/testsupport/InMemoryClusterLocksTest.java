package dev.postmortem.testsupport;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryClusterLocksTest {

    private final InMemoryClusterLocks locks = new InMemoryClusterLocks();

    @Test
    void oneLockPerNameAndEveryRequestIsRecorded() {
        assertThat(locks.getLockForName("a")).isSameAs(locks.getLockForName("a"));
        assertThat(locks.getLockForName("b")).isNotSameAs(locks.lock("a"));

        assertThat(locks.namesAskedFor()).containsExactly("a", "a", "b");
    }

    @Test
    void tryLockFailsWhileAnotherNodeHoldsTheLockAndCountsOnlyAcquisitions() throws Exception {
        InMemoryClusterLocks.CountingLock lock = locks.getLockForName("setup");
        lock.lock();
        try {
            assertThat(onAnotherThread(lock::tryLock)).isFalse();
            assertThat(lock.tryLock()).as("re-entrant on the holding thread").isTrue();
            lock.unlock();
        } finally {
            lock.unlock();
        }

        assertThat(lock.isLocked()).isFalse();
        assertThat(onAnotherThread(() -> {
            boolean locked = lock.tryLock();
            lock.unlock();
            return locked;
        })).isTrue();
        assertThat(lock.acquisitions()).isEqualTo(3);
    }

    @Test
    void aTimedTryLockGivesUpAfterItsWaitAndCountsTheContention() throws Exception {
        InMemoryClusterLocks.CountingLock lock = locks.getLockForName("setup");
        CountDownLatch waiting = new CountDownLatch(1);
        locks.onContended(waiting::countDown);
        lock.lock();
        try {
            long started = System.nanoTime();
            assertThat(onAnotherThread(() -> lock.tryLock(50, TimeUnit.MILLISECONDS))).isFalse();

            assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
            assertThat(waiting.getCount()).isZero();
            assertThat(lock.contended()).isEqualTo(1);
        } finally {
            lock.unlock();
        }
        assertThat(lock.acquisitions()).isEqualTo(1);
    }

    @Test
    void aClusterLockHasNoConditions() {
        assertThatThrownBy(() -> locks.getLockForName("x").newCondition())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private interface Attempt {
        boolean run() throws InterruptedException;
    }

    private static boolean onAnotherThread(Attempt attempt) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return attempt.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }).get(5, TimeUnit.SECONDS);
    }
}
