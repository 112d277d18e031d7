package dev.postmortem.jira.decision;

import dev.postmortem.core.decision.NoticeKey;
import dev.postmortem.jira.storage.AoNoticeLedger;
import dev.postmortem.jira.storage.AoProcessEventLog;
import dev.postmortem.jira.storage.NoticeEntity;
import dev.postmortem.jira.storage.NoticeId;
import dev.postmortem.jira.storage.NoticeLedger;
import dev.postmortem.jira.storage.ProcessEventEntity;
import dev.postmortem.jira.storage.SerialisedProcessEventLog;
import dev.postmortem.jira.storage.TransactionalActiveObjects;
import dev.postmortem.testsupport.InMemoryClusterLocks;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.postmortem.jira.decision.NoticeScenario.ADA;
import static dev.postmortem.jira.decision.NoticeScenario.JUERGEN;
import static dev.postmortem.jira.decision.NoticeScenario.OLIVIA;
import static dev.postmortem.jira.decision.NoticeScenario.POSTMORTEM;
import static dev.postmortem.jira.decision.NoticeScenario.SOAK_END;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path on a real database (H2 and PostgreSQL subclasses): a debrief recorded, the soak-end job records the
 * soak end, the notice job asks each person once in their language; two nodes (two job instances, each thread its
 * own connection and committed transactions, one cluster lock service) running at once; a refusing mail queue. The
 * log and the ledger are the plugin's Active Objects ones; Jira is mocked at its edge.
 */
public abstract class DecisionNoticesOnTheDatabaseContractTest {

    private static final Duration LOCK_WAIT = Duration.ofSeconds(20);

    protected EntityManager entityManager;

    private TransactionalActiveObjects ao;
    private NoticeScenario s;

    @Before
    public void plugin() {
        ao = new TransactionalActiveObjects(entityManager);
        InMemoryClusterLocks locks = new InMemoryClusterLocks();
        removeRows();
        s = new NoticeScenario(new SerialisedProcessEventLog(new AoProcessEventLog(ao), locks, LOCK_WAIT),
                new AoNoticeLedger(ao, locks, LOCK_WAIT));
    }

    @After
    public void removeWhatWasCommitted() {
        removeRows();
    }

    @Test
    @NonTransactional
    public void fromTheDebriefToOneMailPerPersonInTheirLanguageOnce() {
        s.debriefAndSoakEnd();

        s.run();
        s.clock.advance(Duration.ofMinutes(15));
        s.run();

        assertThat(s.mail.recipients()).containsExactly(OLIVIA, JUERGEN, ADA);
        assertThat(s.mail.to(JUERGEN).language()).isEqualTo(Locale.GERMAN);
        assertThat(s.mail.to(ADA).language()).isEqualTo(Locale.ENGLISH);
        assertThat(s.ledger.state(id(OLIVIA))).contains(NoticeLedger.State.SENT);
    }

    @Test
    @NonTransactional
    public void twoNodesRunningTheJobAtOnceSendOneMailPerPerson() throws Exception {
        s.debriefAndSoakEnd();
        DecisionNoticeJob nodeA = s.job();
        DecisionNoticeJob nodeB = s.job();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (DecisionNoticeJob node : List.of(nodeA, nodeB)) {
                sent.add(nodes.submit(() -> {
                    int total = 0;
                    for (int run = 0; run < 3; run++) {
                        together.await(LOCK_WAIT.toSeconds(), TimeUnit.SECONDS);
                        total += node.run(() -> false).sent();
                    }
                    return total;
                }));
            }
            int total = sent.get(0).get(60, TimeUnit.SECONDS) + sent.get(1).get(60, TimeUnit.SECONDS);

            assertThat(total).isEqualTo(3);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(s.mail.recipients()).containsExactlyInAnyOrder(OLIVIA, JUERGEN, ADA);
    }

    @Test
    @NonTransactional
    public void aRefusingQueueLeavesTheNoticesFailedAndTheNextRunSendsEachOnce() {
        s.debriefAndSoakEnd();
        s.mail.refuse(true);
        s.run();
        assertThat(s.ledger.state(id(JUERGEN))).contains(NoticeLedger.State.FAILED);

        s.mail.refuse(false);
        s.clock.advance(Duration.ofMinutes(15));
        s.run();
        s.run();

        assertThat(s.mail.recipients()).containsExactly(OLIVIA, JUERGEN, ADA);
    }

    private static NoticeId id(String recipient) {
        return new NoticeId(NoticeKey.Kind.SOAK_ENDED.name(), POSTMORTEM, SOAK_END.toEpochMilli(), recipient);
    }

    private void removeRows() {
        ao.executeInTransaction(() -> {
            ao.delete(ao.find(ProcessEventEntity.class, Query.select()
                    .where(ProcessEventEntity.COLUMN_ISSUE_ID + " = ?", POSTMORTEM)));
            ao.delete(ao.find(NoticeEntity.class, Query.select()
                    .where(NoticeEntity.COLUMN_SUBJECT_ID + " = ?", POSTMORTEM)));
            return null;
        });
    }
}
