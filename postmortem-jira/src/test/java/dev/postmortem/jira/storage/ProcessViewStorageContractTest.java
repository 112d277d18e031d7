package dev.postmortem.jira.storage;

import dev.postmortem.core.process.Commit;
import dev.postmortem.core.process.PostmortemProcess;
import dev.postmortem.core.soak.SoakOverride;
import dev.postmortem.jira.process.PostmortemProcesses;
import org.junit.Before;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the process view reads (the process panel and the project metrics): events in record order, the debriefs of a
 * period, the overrides of postmortems, and the processes the core derives from them. Every test goes through the
 * interfaces, so all run on the AO stores ({@link AoProcessViewStorageContractTest}: H2 and PostgreSQL, the runner
 * injects the entity manager and rolls each test back) and on the in-memory twins
 * ({@link InMemoryProcessViewStorageTest}).
 */
public abstract class ProcessViewStorageContractTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123Z");
    private static final long PROJECT = 10100L;

    private ProcessEventLog events;
    private OverrideLog overrides;

    protected abstract ProcessEventLog newProcessEventLog();

    protected abstract OverrideLog newOverrideLog();

    @Before
    public void repositories() {
        events = newProcessEventLog();
        overrides = newOverrideLog();
    }

    private static ProcessEvent event(ProcessEventType type, long issueId, Instant at, String actor) {
        return new ProcessEvent(type, issueId, PROJECT, at, actor);
    }

    private static Instant hours(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @Test
    public void eventsOfSeveralIssuesComeBackInRecordOrderNotInTimeOrder() {
        events.append(event(ProcessEventType.DEBRIEF_HELD, 30001L, hours(24), "alice"));
        events.append(event(ProcessEventType.DEBRIEF_HELD, 30002L, hours(5), "bob"));
        events.append(event(ProcessEventType.DEBRIEF_HELD, 30001L, T0, "alice"));
        events.append(event(ProcessEventType.ACTIONS_COMMITTED, 30009L, hours(1), "x"));

        assertThat(events.forIssuesInRecordOrder(List.of(30001L, 30002L))).containsExactly(
                event(ProcessEventType.DEBRIEF_HELD, 30001L, hours(24), "alice"),
                event(ProcessEventType.DEBRIEF_HELD, 30002L, hours(5), "bob"),
                event(ProcessEventType.DEBRIEF_HELD, 30001L, T0, "alice"));
        assertThat(events.forIssuesInRecordOrder(List.of())).isEmpty();
    }

    @Test
    public void manyIssuesAreReadInChunksAndStillInRecordOrder() {
        long last = 40000L + InList.SIZE + 10;
        events.append(event(ProcessEventType.DEBRIEF_HELD, last, T0, "late-chunk"));
        events.append(event(ProcessEventType.DEBRIEF_HELD, 40000L, T0, "first-chunk"));
        events.append(event(ProcessEventType.SOAK_ENDED, last, hours(48), null));
        List<Long> ids = LongStream.rangeClosed(40000L, last).boxed().toList();

        assertThat(events.forIssuesInRecordOrder(ids)).extracting(ProcessEvent::issueId)
                .containsExactly(last, 40000L, last);
    }

    @Test
    public void theDebriefsOfAPeriodAreTheProjectsDebriefHeldEventsInTheHalfOpenRangeLatestFirst() {
        events.append(event(ProcessEventType.DEBRIEF_HELD, 30001L, T0, "alice"));
        events.append(event(ProcessEventType.DEBRIEF_HELD, 30002L, hours(10), "bob"));
        events.append(event(ProcessEventType.ACTIONS_COMMITTED, 30001L, hours(5), "carol"));
        events.append(event(ProcessEventType.DEBRIEF_HELD, 30003L, hours(20), "dave"));
        events.append(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 30009L, 10900L, hours(10), "other project"));

        assertThat(events.debriefsHeldBetween(PROJECT, T0, hours(20), 10)).extracting(ProcessEvent::issueId)
                .containsExactly(30002L, 30001L);
        assertThat(events.debriefsHeldBetween(PROJECT, T0, hours(21), 2)).extracting(ProcessEvent::issueId)
                .containsExactly(30003L, 30002L);
        assertThat(events.debriefsHeldBetween(PROJECT, T0, hours(21), 0)).isEmpty();
    }

    @Test
    public void theSoakEndsOfAPeriodAreAllProjectsSoakEndedEventsInTheHalfOpenRangeLatestFirst() {
        events.append(event(ProcessEventType.SOAK_ENDED, 30001L, T0, null));
        events.append(event(ProcessEventType.DEBRIEF_HELD, 30002L, hours(10), "bob"));
        events.append(new ProcessEvent(ProcessEventType.SOAK_ENDED, 30009L, 10900L, hours(10), null));
        events.append(event(ProcessEventType.SOAK_ENDED, 30003L, hours(20), null));

        assertThat(events.soakEndsBetween(T0, hours(20), 10)).extracting(ProcessEvent::issueId)
                .containsExactly(30009L, 30001L);
        assertThat(events.soakEndsBetween(T0, hours(21), 2)).extracting(ProcessEvent::issueId)
                .containsExactly(30003L, 30009L);
        assertThat(events.soakEndsBetween(T0, hours(21), 0)).isEmpty();
    }

    @Test
    public void theOverridesOfPostmortemsAreAllOfThemNewestFirstRevokedIncluded() {
        OverrideRecord first = overrides.record(20001L, 30001L, new SoakOverride("first", "alice", T0), null);
        overrides.record(20002L, 30001L, new SoakOverride("second", "bob", hours(1)), null);
        overrides.record(20002L, 30002L, new SoakOverride("other postmortem", "bob", hours(1)), null);
        overrides.record(20003L, 30009L, new SoakOverride("not asked for", "carol", hours(2)), null);
        overrides.revoke(first.id(), "dave", hours(3));

        assertThat(overrides.forPostmortems(List.of(30001L, 30002L)))
                .extracting(r -> r.override().reason())
                .containsExactly("other postmortem", "second", "first");
        assertThat(overrides.forPostmortems(List.of())).isEmpty();
    }

    @Test
    public void theCommittedActionComesBackWithItsEventAndOtherEventsHaveNone() {
        events.append(event(ProcessEventType.DEBRIEF_HELD, 30001L, T0, "alice"));
        events.append(ProcessEvent.actionsCommitted(30001L, PROJECT, hours(1), "bob", 20001L));
        events.append(ProcessEvent.actionsCommitted(30001L, PROJECT, hours(2), null, Long.MAX_VALUE));

        List<ProcessEvent> read = events.forIssuesInRecordOrder(List.of(30001L));

        assertThat(read).extracting(ProcessEvent::actionId).containsExactly(null, 20001L, Long.MAX_VALUE);
        assertThat(read.get(1)).isEqualTo(ProcessEvent.actionsCommitted(30001L, PROJECT, hours(1), "bob", 20001L));
    }

    @Test
    public void aDroppedActionComesBackWithItsReasonWhole() {
        String start = "Covered by the new alert; <b>markup</b> & \"quotes\" kept as text. ";
        String reason = start + "é".repeat(ProcessEventEntity.DETAIL_MAX_CHARS - start.length());
        events.append(ProcessEvent.actionDropped(30001L, PROJECT, hours(1), "bob", 20001L, reason));
        events.append(new ProcessEvent(ProcessEventType.DECISION_REMINDED, 30001L, PROJECT, hours(2), null));

        List<ProcessEvent> read = events.forIssuesInRecordOrder(List.of(30001L));

        assertThat(read).extracting(ProcessEvent::type)
                .containsExactly(ProcessEventType.ACTION_DROPPED, ProcessEventType.DECISION_REMINDED);
        assertThat(read.get(0)).isEqualTo(ProcessEvent.actionDropped(30001L, PROJECT, hours(1), "bob", 20001L, reason));
        assertThat(read.get(0).detailText()).contains(reason);
        assertThat(read.get(1).detailText()).isEmpty();
    }

    @Test
    public void theProcessOfACorrectedDebriefIsReadFromTheRecordedEvents() {
        long postmortem = 30001L;
        events.append(event(ProcessEventType.DEBRIEF_HELD, postmortem, hours(24), "alice"));
        events.append(ProcessEvent.actionsCommitted(postmortem, PROJECT, hours(1), "admin", 20001L));
        events.append(event(ProcessEventType.DEBRIEF_CLEARED, postmortem, hours(2), "alice"));
        events.appendDebriefChange(event(ProcessEventType.DEBRIEF_HELD, postmortem, hours(4), "alice"));
        events.appendSoakEnd(event(ProcessEventType.DEBRIEF_HELD, postmortem, hours(4), "alice"), hours(52));
        events.append(ProcessEvent.actionsCommitted(postmortem, PROJECT, hours(60), "bob", 20002L));
        events.append(event(ProcessEventType.OVERRIDE, 20001L, hours(1), "admin"));
        overrides.record(20001L, postmortem, new SoakOverride("Outage fix", "admin", hours(1)), null);

        PostmortemProcesses processes = new PostmortemProcesses(events, overrides);
        PostmortemProcesses.Recorded recorded = processes.of(postmortem);
        PostmortemProcess process = recorded.process(action -> true);

        assertThat(recorded.actionIds()).containsExactly(20001L, 20002L);
        assertThat(process.debriefHeldAt()).contains(hours(4));
        assertThat(process.soakEndedAt()).contains(hours(52));
        assertThat(process.firstCommit()).contains(new Commit(hours(60), "bob"));
        assertThat(process.debriefToFirstCommit()).contains(Duration.ofHours(56));
        assertThat(process.commits()).isEqualTo(2);
        assertThat(process.commitsBeforeDebrief()).isEqualTo(1);
        assertThat(process.overrides()).isEqualTo(1);
        assertThat(recorded.newestOverride(action -> true)).get().extracting(r -> r.override().reason())
                .isEqualTo("Outage fix");

        // A viewer who may not browse 20001 sees neither its commit nor its override.
        PostmortemProcess without20001 = recorded.process(action -> action != 20001L);
        assertThat(without20001.commits()).isEqualTo(1);
        assertThat(without20001.commitsBeforeDebrief()).isZero();
        assertThat(without20001.overrides()).isZero();
        assertThat(recorded.newestOverride(action -> action != 20001L)).isEmpty();

        Map<Long, PostmortemProcesses.Recorded> many = processes.of(List.of(30777L, postmortem));
        assertThat(many.keySet()).containsExactly(30777L, postmortem);
        assertThat(many.get(30777L).process(action -> true).debriefHeldAt()).isEmpty();
        assertThat(many.get(postmortem).process(action -> true).debriefToFirstCommit())
                .contains(Duration.ofHours(56));
        assertThat(many.get(postmortem).process(action -> true).overrides()).isEqualTo(1);
    }
}
