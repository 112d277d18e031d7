package dev.postmortem.jira.storage;

import dev.postmortem.testsupport.InMemoryClusterLocks;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When {@link SerialisedProcessEventLog} takes the postmortem's cluster lock, and what it does when it cannot, on an
 * in-memory H2 database (the runner rolls each test back). The race it closes: {@link ProcessEventRaceContractTest}.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(H2KeptOpen.class)
@Data(StorageTables.Model.class)
@NameConverters(table = StorageTables.PrefixedTableNames.class, field = AtlassianFieldNameConverter.class)
public class H2SerialisedProcessEventLogTest {

    private static final long ISSUE = 30001L;
    private static final long PROJECT = 10100L;
    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123Z");
    private static final String LOCK = "dev.postmortem.postmortem-jira.process-events-30001";

    protected EntityManager entityManager;

    private HookedActiveObjects ao;
    private InMemoryClusterLocks locks;
    private SerialisedProcessEventLog log;
    private ExecutorService otherNode;

    @Before
    public void log() {
        ao = new HookedActiveObjects(new EntityManagerActiveObjects(entityManager));
        locks = new InMemoryClusterLocks();
        log = new SerialisedProcessEventLog(new AoProcessEventLog(ao), locks, Duration.ofMillis(100));
        otherNode = Executors.newSingleThreadExecutor();
    }

    @After
    public void stopTheOtherNode() {
        otherNode.shutdownNow();
    }

    @Test
    public void theLockIsNamedAfterThePostmortemAndTakenOnlyForAWrite() {
        assertThat(log.appendDebriefChange(held(T0, "alice"))).isTrue();
        assertThat(locks.namesAskedFor()).containsExactly(LOCK);

        // Nothing changes: checked without the lock, which is not even asked for.
        assertThat(log.appendDebriefChange(held(T0, "bob"))).isFalse();
        assertThat(log.appendDebriefChange(cleared(30002L))).as("nothing to clear").isFalse();
        assertThat(log.appendSoakEnd(held(T0.minusSeconds(60), "alice"), T0.plusSeconds(100)))
                .as("not the current debrief").isFalse();
        assertThat(locks.namesAskedFor()).containsExactly(LOCK);

        assertThat(log.appendSoakEnd(held(T0, "alice"), T0.plusSeconds(100))).isTrue();
        assertThat(log.appendSoakEnd(held(T0, "alice"), T0.plusSeconds(100))).as("already recorded").isFalse();
        assertThat(locks.namesAskedFor()).containsExactly(LOCK, LOCK);
        assertThat(locks.lock(LOCK).acquisitions()).isEqualTo(2);
        assertThat(locks.lock(LOCK).isLocked()).as("released after each write").isFalse();
        assertThat(RecordedEvents.of(log, ISSUE)).extracting(ProcessEvent::type)
                .containsExactly(ProcessEventType.DEBRIEF_HELD, ProcessEventType.SOAK_ENDED);
    }

    @Test
    public void aWriteThatCannotGetTheLockInTimeIsSkippedAndALaterCallRecordsIt() throws Exception {
        assertThat(log.appendDebriefChange(held(T0, "alice"))).isTrue();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = otherNode.submit(() -> {
            locks.getLockForName(LOCK).lock();
            try {
                held.countDown();
                release.await();
            } finally {
                locks.getLockForName(LOCK).unlock();
            }
            return null;
        });
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(log.appendDebriefChange(held(T0.plusSeconds(3600), "bob"))).isFalse();
        assertThat(log.appendSoakEnd(held(T0, "alice"), T0.plusSeconds(100))).isFalse();
        assertThat(locks.lock(LOCK).contended()).as("both waited, then gave up").isEqualTo(2);
        assertThat(RecordedEvents.of(log, ISSUE)).containsExactly(held(T0, "alice"));

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        assertThat(log.appendDebriefChange(held(T0.plusSeconds(3600), "bob"))).isTrue();
        assertThat(RecordedEvents.currentDebrief(log, ISSUE)).contains(held(T0.plusSeconds(3600), "bob"));
    }

    @Test
    public void anInterruptedWaitSkipsTheWriteAndKeepsTheInterruptFlag() {
        Thread.currentThread().interrupt();
        boolean appended = log.appendDebriefChange(held(T0, "alice"));
        boolean stillInterrupted = Thread.interrupted();

        assertThat(appended).isFalse();
        assertThat(stillInterrupted).isTrue();
        assertThat(RecordedEvents.of(log, ISSUE)).isEmpty();
    }

    @Test
    public void theLockIsReleasedWhenTheWriteFails() {
        ao.beforeNextInsertInThisThread(() -> {
            throw new IllegalStateException("database down");
        });

        assertThatThrownBy(() -> log.appendDebriefChange(held(T0, "alice"))).hasMessage("database down");
        assertThat(locks.lock(LOCK).isLocked()).isFalse();
        assertThat(log.appendDebriefChange(held(T0, "alice"))).isTrue();
    }

    @Test
    public void aDebriefChangeOfAnotherTypeIsRefusedBeforeAnyLock() {
        assertThatThrownBy(() -> log.appendDebriefChange(
                new ProcessEvent(ProcessEventType.SOAK_ENDED, ISSUE, PROJECT, T0, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(locks.namesAskedFor()).isEmpty();
    }

    private static ProcessEvent held(Instant at, String actorKey) {
        return new ProcessEvent(ProcessEventType.DEBRIEF_HELD, ISSUE, PROJECT, at, actorKey);
    }

    private static ProcessEvent cleared(long issueId) {
        return new ProcessEvent(ProcessEventType.DEBRIEF_CLEARED, issueId, PROJECT, T0, null);
    }
}
