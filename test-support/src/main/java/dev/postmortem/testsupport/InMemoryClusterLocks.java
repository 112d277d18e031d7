package dev.postmortem.testsupport;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Beehive's {@link ClusterLockService} as in-memory re-entrant locks, one per name; another "node" is another
 * thread. Records the names asked for and, per lock, the acquisitions and the waits for a lock another thread held;
 * {@link #onContended} runs when such a wait starts (so a test can line up a race).
 */
public final class InMemoryClusterLocks implements ClusterLockService {

    private final Map<String, CountingLock> locks = new HashMap<>();
    private final List<String> namesAskedFor = new ArrayList<>();
    private volatile Runnable onContended = () -> { };

    @Override
    public synchronized CountingLock getLockForName(String lockName) {
        namesAskedFor.add(lockName);
        return lock(lockName);
    }

    /** Every name {@link #getLockForName} was called with, in order (repeats included). */
    public synchronized List<String> namesAskedFor() {
        return List.copyOf(namesAskedFor);
    }

    /** The lock of that name, for the test to inspect or hold; not recorded as asked for. */
    public synchronized CountingLock lock(String lockName) {
        return locks.computeIfAbsent(lockName, name -> new CountingLock());
    }

    /** Runs {@code callback} on the waiting thread each time a thread starts to wait for a lock another holds. */
    public void onContended(Runnable callback) {
        this.onContended = callback;
    }

    /** One named lock: a {@link ReentrantLock} that counts. Conditions are not supported, as in Beehive. */
    public final class CountingLock implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();
        private final AtomicInteger acquisitions = new AtomicInteger();
        private final AtomicInteger contended = new AtomicInteger();

        /** How often the lock was taken (re-entries included). */
        public int acquisitions() {
            return acquisitions.get();
        }

        /** How often a thread started to wait for it while another thread held it. */
        public int contended() {
            return contended.get();
        }

        public boolean isLocked() {
            return lock.isLocked();
        }

        public boolean isHeldByCurrentThread() {
            return lock.isHeldByCurrentThread();
        }

        @Override
        public void lock() {
            waitingFor();
            lock.lock();
            acquisitions.incrementAndGet();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            waitingFor();
            lock.lockInterruptibly();
            acquisitions.incrementAndGet();
        }

        @Override
        public boolean tryLock() {
            return counted(lock.tryLock());
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            waitingFor();
            return counted(lock.tryLock(time, unit));
        }

        @Override
        public void unlock() {
            lock.unlock();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("ClusterLock does not support conditions");
        }

        private boolean counted(boolean locked) {
            if (locked) {
                acquisitions.incrementAndGet();
            }
            return locked;
        }

        private void waitingFor() {
            if (lock.isLocked() && !lock.isHeldByCurrentThread()) {
                contended.incrementAndGet();
                onContended.run();
            }
        }
    }
}
