package dev.postmortem.jira.storage;

import dev.postmortem.core.InvalidInput;
import dev.postmortem.core.soak.SoakOverride;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import org.junit.Before;
import org.junit.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour of the soak policy store, the override log and the process event log, whatever stores them: the
 * Active Objects stores on H2 and PostgreSQL ({@link AoStorageContractTest}, which adds the database-only tests: rows
 * updated in place, duplicate and unreadable rows, indexes) and the in-memory twins ({@link InMemoryStorageTest}).
 */
public abstract class StorageContractTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123Z");

    protected SoakPolicyStore policies;
    protected OverrideLog overrides;
    protected ProcessEventLog events;

    protected abstract SoakPolicyStore newPolicyStore();

    protected abstract OverrideLog newOverrideLog();

    protected abstract ProcessEventLog newProcessEventLog();

    @Before
    public void repositories() {
        policies = newPolicyStore();
        overrides = newOverrideLog();
        events = newProcessEventLog();
    }

    // ---- soak policies

    @Test
    public void aBusinessDayPolicyWithItsCalendarRoundTrips() {
        WorkingCalendar calendar = new WorkingCalendar(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), ZoneId.of("Asia/Jerusalem"),
                Set.of(LocalDate.parse("2026-04-02"), LocalDate.parse("2026-09-21")));
        SoakPolicy policy = SoakPolicy.ofBusinessDays(3, calendar);

        policies.saveForProject(10100L, policy);

        assertThat(policies.forProject(10100L)).contains(policy);
    }

    @Test
    public void anHoursPolicyRoundTrips() {
        policies.saveForProject(10100L, SoakPolicy.ofHours(72));

        assertThat(policies.forProject(10100L)).contains(SoakPolicy.ofHours(72));
    }

    @Test
    public void theSiteDefaultIsTheRowWithoutAProject() {
        assertThat(policies.siteDefault()).isEmpty();

        policies.saveSiteDefault(SoakPolicy.DEFAULT);
        policies.saveForProject(10100L, SoakPolicy.ofHours(24));

        assertThat(policies.siteDefault()).contains(SoakPolicy.DEFAULT);
        assertThat(policies.forProject(10100L)).contains(SoakPolicy.ofHours(24));
        assertThat(policies.forProject(10200L)).isEmpty();
    }

    @Test
    public void theEffectivePolicyFallsBackFromProjectToSiteDefaultToTheCoreDefault() {
        assertThat(policies.effectiveFor(10100L)).isEqualTo(SoakPolicy.DEFAULT);

        policies.saveSiteDefault(SoakPolicy.ofHours(48));
        assertThat(policies.effectiveFor(10100L)).isEqualTo(SoakPolicy.ofHours(48));

        policies.saveForProject(10100L, SoakPolicy.ofHours(12));
        assertThat(policies.effectiveFor(10100L)).isEqualTo(SoakPolicy.ofHours(12));
        assertThat(policies.effectiveFor(10200L)).isEqualTo(SoakPolicy.ofHours(48));
    }

    @Test
    public void removingAProjectPolicyLeavesTheSiteDefault() {
        policies.saveSiteDefault(SoakPolicy.DEFAULT);
        policies.saveForProject(10100L, SoakPolicy.ofHours(12));

        assertThat(policies.removeForProject(10100L)).isTrue();
        assertThat(policies.removeForProject(10100L)).isFalse();
        assertThat(policies.forProject(10100L)).isEmpty();
        assertThat(policies.siteDefault()).contains(SoakPolicy.DEFAULT);
    }

    @Test
    public void aPolicyThatIsNotWholeHoursIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> policies.saveForProject(10100L, SoakPolicy.ofDuration(Duration.ofMinutes(90))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("postmortem.jira.storage.policy.wholeHoursOnly");
                    assertThat(e.args()).isEmpty();
                });
        assertThatThrownBy(() -> policies.saveSiteDefault(SoakPolicy.ofDuration(Duration.ofMinutes(90))))
                .isInstanceOf(InvalidInput.class);
        assertThat(policies.forProject(10100L)).isEmpty();
        assertThat(policies.siteDefault()).isEmpty();
    }

    // ---- overrides

    @Test
    public void anOverrideIsRecordedWithItsReasonAndExpiry() {
        Instant expires = T0.plus(Duration.ofDays(1));
        OverrideRecord recorded = overrides.record(20001L, 30001L,
                new SoakOverride("Customer outage: the fix must ship today", "JIRAUSER10100", T0), expires);

        assertThat(recorded.id()).isPositive();
        assertThat(overrides.historyFor(20001L)).singleElement().satisfies(record -> {
            assertThat(record.postmortemIssueId()).isEqualTo(30001L);
            assertThat(record.override().reason()).isEqualTo("Customer outage: the fix must ship today");
            assertThat(record.override().byUserKey()).isEqualTo("JIRAUSER10100");
            assertThat(record.override().at()).isEqualTo(T0);
            assertThat(record.expiresAt()).isEqualTo(expires);
            assertThat(record.revocation()).isEmpty();
        });
        assertThat(overrides.historyFor(20002L)).isEmpty();
    }

    @Test
    public void aRevokedOverrideStaysInTheHistoryWithItsRevocation() {
        OverrideRecord first = overrides.record(20001L, 30001L, new SoakOverride("first", "alice", T0), null);
        overrides.record(20001L, 30002L, new SoakOverride("second", "bob", T0.plusSeconds(5)), null);

        assertThat(overrides.revoke(first.id(), "carol", T0.plusSeconds(10))).isTrue();
        assertThat(overrides.revoke(first.id(), "dave", T0.plusSeconds(20))).isFalse();
        assertThat(overrides.revoke(999_999L, "dave", T0)).isFalse();

        List<OverrideRecord> history = overrides.historyFor(20001L);
        assertThat(history).extracting(r -> r.override().reason()).containsExactly("second", "first");
        assertThat(history.get(1).revokedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(history.get(1).revokedBy()).isEqualTo("carol");
        assertThat(history.get(0).revocation()).isEmpty();
    }

    @Test
    public void aLongReasonWithAnyCharactersIsKeptWhole() {
        String reason = ("Grund: Ölpumpe ausgefallen, Kunde wartet — 24/7 ✓ '\"<b>" + "x".repeat(100)).repeat(60);

        overrides.record(20001L, 30001L, new SoakOverride(reason, "alice", T0), null);

        assertThat(overrides.historyFor(20001L)).singleElement()
                .extracting(r -> r.override().reason()).isEqualTo(reason.strip());
    }

    // ---- process events

    // ---- debriefs and soak ends (process events written where they happen)

    @Test
    public void theCurrentDebriefIsTheLatestRecordedOneEvenWhenItNamesAnEarlierTime() {
        assertThat(RecordedEvents.currentDebrief(events, 30001L)).isEmpty();

        assertThat(events.appendDebriefChange(held(30001L, T0, "alice"))).isTrue();
        assertThat(events.appendDebriefChange(held(30001L, T0.minusSeconds(3600), "bob"))).isTrue();

        assertThat(RecordedEvents.currentDebrief(events, 30001L)).contains(held(30001L, T0.minusSeconds(3600), "bob"));
        // Append-only: the first time is still in the log.
        assertThat(RecordedEvents.of(events, 30001L)).extracting(ProcessEvent::at)
                .containsExactly(T0, T0.minusSeconds(3600));
    }

    @Test
    public void aDebriefChangeIsAppendedOnlyWhenItChangesTheCurrentDebrief() {
        assertThat(events.appendDebriefChange(held(30001L, T0, "alice"))).isTrue();
        assertThat(events.appendDebriefChange(held(30001L, T0, "bob"))).isFalse();
        // Moved to another project: same time, new project.
        assertThat(events.appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 30001L, 10200L, T0,
                "bob"))).isTrue();
        assertThat(events.appendDebriefChange(cleared(30001L, T0.plusSeconds(60)))).isTrue();
        assertThat(events.appendDebriefChange(cleared(30001L, T0.plusSeconds(90)))).isFalse();
        assertThat(RecordedEvents.currentDebrief(events, 30001L)).isEmpty();
        // Set again after being cleared, to the very time it had: a change.
        assertThat(events.appendDebriefChange(held(30001L, T0, "carol"))).isTrue();

        assertThat(RecordedEvents.of(events, 30001L)).extracting(ProcessEvent::type).containsExactly(
                ProcessEventType.DEBRIEF_HELD, ProcessEventType.DEBRIEF_HELD, ProcessEventType.DEBRIEF_CLEARED,
                ProcessEventType.DEBRIEF_HELD);
        assertThat(RecordedEvents.currentDebrief(events, 30001L)).contains(held(30001L, T0, "carol"));
        assertThat(events.appendDebriefChange(cleared(30002L, T0))).as("nothing to clear").isFalse();
        assertThatThrownBy(() -> events.appendDebriefChange(
                new ProcessEvent(ProcessEventType.SOAK_ENDED, 30001L, 10100L, T0, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void aSoakEndIsAppendedOncePerCurrentDebrief() {
        ProcessEvent first = held(30001L, T0, "alice");
        assertThat(events.appendSoakEnd(first, T0.plusSeconds(100))).as("no debrief recorded yet").isFalse();
        events.appendDebriefChange(first);

        assertThat(events.appendSoakEnd(first, T0.plusSeconds(100))).isTrue();
        assertThat(events.appendSoakEnd(first, T0.plusSeconds(100))).isFalse();

        assertThat(RecordedEvents.currentSoakEnd(events, 30001L)).contains(
                new ProcessEvent(ProcessEventType.SOAK_ENDED, 30001L, 10100L, T0.plusSeconds(100), null));

        // Corrected to an earlier time after its soak ended: the old soak end is not the current one's.
        ProcessEvent corrected = held(30001L, T0.minusSeconds(50), "bob");
        events.appendDebriefChange(corrected);
        assertThat(RecordedEvents.currentSoakEnd(events, 30001L)).isEmpty();
        assertThat(events.appendSoakEnd(first, T0.plusSeconds(100))).as("no longer the current debrief").isFalse();
        assertThat(events.appendSoakEnd(corrected, T0.plusSeconds(50))).isTrue();
        assertThat(RecordedEvents.currentSoakEnd(events, 30001L)).contains(
                new ProcessEvent(ProcessEventType.SOAK_ENDED, 30001L, 10100L, T0.plusSeconds(50), null));

        events.appendDebriefChange(cleared(30001L, T0.plusSeconds(200)));
        assertThat(events.appendSoakEnd(corrected, T0.plusSeconds(50))).as("cleared").isFalse();
        assertThat(RecordedEvents.currentSoakEnd(events, 30001L)).isEmpty();

        assertThat(RecordedEvents.of(events, 30001L)).filteredOn(event -> event.type() == ProcessEventType.SOAK_ENDED)
                .containsExactly(
                        new ProcessEvent(ProcessEventType.SOAK_ENDED, 30001L, 10100L, T0.plusSeconds(100), null),
                        new ProcessEvent(ProcessEventType.SOAK_ENDED, 30001L, 10100L, T0.plusSeconds(50), null));
    }

    @Test
    public void debriefsAwaitingTheirSoakEndAreTheCurrentOnesWithoutASoakEndAfterThem() {
        events.appendDebriefChange(held(30001L, T0, "alice"));            // awaiting
        events.appendDebriefChange(held(30002L, T0, "bob"));              // soak ended
        events.appendSoakEnd(held(30002L, T0, "bob"), T0.plusSeconds(10));
        events.appendDebriefChange(held(30003L, T0, "carol"));            // cleared
        events.appendDebriefChange(cleared(30003L, T0.plusSeconds(5)));
        events.appendDebriefChange(held(30004L, T0, "dan"));              // soak ended, then corrected: awaiting again
        events.appendSoakEnd(held(30004L, T0, "dan"), T0.plusSeconds(10));
        events.appendDebriefChange(held(30004L, T0.plusSeconds(20), "dan"));
        events.append(new ProcessEvent(ProcessEventType.ACTIONS_COMMITTED, 30005L, 10100L, T0, "erin"));

        assertThat(events.debriefsAwaitingSoakEnd(100)).containsExactlyInAnyOrder(
                held(30001L, T0, "alice"), held(30004L, T0.plusSeconds(20), "dan"));
        assertThat(events.debriefsAwaitingSoakEnd(0)).isEmpty();
    }

    @Test
    public void debriefsAwaitingTheirSoakEndAreLookedForAmongTheNewestRecordedDebriefs() {
        long last = 31000L + InList.SIZE + 4;
        for (long issueId = 31000L; issueId <= last; issueId++) {
            events.appendDebriefChange(held(issueId, T0.plusSeconds(issueId - 31000L), null));
        }

        // Newest recorded first.
        assertThat(events.debriefsAwaitingSoakEnd(3)).extracting(ProcessEvent::issueId)
                .containsExactly(last, last - 1, last - 2);
        // More issues than one IN list holds: every one is still looked at.
        assertThat(events.debriefsAwaitingSoakEnd(InList.SIZE + 5))
                .hasSize(InList.SIZE + 5);
    }

    private static ProcessEvent held(long issueId, Instant at, String actorKey) {
        return new ProcessEvent(ProcessEventType.DEBRIEF_HELD, issueId, 10100L, at, actorKey);
    }

    private static ProcessEvent cleared(long issueId, Instant at) {
        return new ProcessEvent(ProcessEventType.DEBRIEF_CLEARED, issueId, 10100L, at, "admin");
    }

}
