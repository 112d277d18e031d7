package dev.postmortem.jira.storage;

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
 * Cluster locks as in-memory locks, another "node" being another thread; records the names asked for and the
 * acquisitions, and calls {@link #onContended} when a thread starts waiting for a lock another thread holds.
 */
final class CountingClusterLocks implements ClusterLockService {

    private final Map<String, CountingLock> locks = new HashMap<>();
    private final List<String> namesAskedFor = new ArrayList<>();
    private volatile Runnable onContended = () -> { };

    @Override
    public synchronized ClusterLock getLockForName(String lockName) {
        namesAskedFor.add(lockName);
        return locks.computeIfAbsent(lockName, name -> new CountingLock());
    }

    synchronized List<String> namesAskedFor() {
        return List.copyOf(namesAskedFor);
    }

    synchronized CountingLock lock(String lockName) {
        return locks.computeIfAbsent(lockName, name -> new CountingLock());
    }

    void onContended(Runnable callback) {
        this.onContended = callback;
    }

    final class CountingLock implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();
        private final AtomicInteger acquisitions = new AtomicInteger();
        private final AtomicInteger contended = new AtomicInteger();

        int acquisitions() {
            return acquisitions.get();
        }

        int contended() {
            return contended.get();
        }

        boolean isLocked() {
            return lock.isLocked();
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
            boolean locked = lock.tryLock();
            if (locked) {
                acquisitions.incrementAndGet();
            }
            return locked;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            waitingFor();
            boolean locked = lock.tryLock(time, unit);
            if (locked) {
                acquisitions.incrementAndGet();
            }
            return locked;
        }

        @Override
        public void unlock() {
            lock.unlock();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("ClusterLock does not support conditions");
        }

        private void waitingFor() {
            if (lock.isLocked() && !lock.isHeldByCurrentThread()) {
                contended.incrementAndGet();
                onContended.run();
            }
        }
    }
}
