package dev.postmortem.core.soak;

import dev.postmortem.core.InvalidInput;

import static dev.postmortem.core.InvalidInputs.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SoakClockTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final SoakPolicy DAY = SoakPolicy.ofHours(24);

    private static SoakClock clockAt(Instant now) {
        return new SoakClock(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static SoakVerdict evaluate(Instant now, LinkedPostmortem... postmortems) {
        return clockAt(now).evaluate(DAY, List.of(postmortems), Optional.empty());
    }

    @Test
    void soakingUntilTheEndOfTheLongestSoak() {
        SoakVerdict verdict = evaluate(NOW,
                LinkedPostmortem.debriefed("PM-1", NOW.minus(Duration.ofHours(20))),
                LinkedPostmortem.debriefed("PM-2", NOW.minus(Duration.ofHours(2))),
                LinkedPostmortem.debriefed("PM-3", NOW.minus(Duration.ofHours(30))));

        assertThat(verdict).isEqualTo(new SoakVerdict.Soaking(NOW.plus(Duration.ofHours(22)), "PM-2"));
        assertThat(verdict.committable()).isFalse();
        assertThat(verdict.messageKey()).isEqualTo("postmortem.soak.verdict.soaking");
        assertThat(verdict.messageArgs()).containsExactly(NOW.plus(Duration.ofHours(22)), "PM-2");
    }

    @Test
    void committableOnceEverySoakHasPassed() {
        SoakVerdict verdict = evaluate(NOW,
                LinkedPostmortem.debriefed("PM-1", NOW.minus(Duration.ofHours(25))),
                LinkedPostmortem.debriefed("PM-2", NOW.minus(Duration.ofDays(9))));

        assertThat(verdict).isInstanceOf(SoakVerdict.Committable.class);
        assertThat(verdict.committable()).isTrue();
        assertThat(verdict.messageKey()).isEqualTo("postmortem.soak.verdict.committable");
    }

    @Test
    void theEndInstantItselfIsCommittable() {
        Instant debrief = Instant.parse("2026-11-24T10:00:00Z");
        Instant end = debrief.plus(Duration.ofHours(24));

        assertThat(evaluate(end, LinkedPostmortem.debriefed("PM-1", debrief)).committable()).isTrue();
        assertThat(evaluate(end.minusNanos(1), LinkedPostmortem.debriefed("PM-1", debrief)))
                .isEqualTo(new SoakVerdict.Soaking(end, "PM-1"));
    }

    @Test
    void theBusinessDayBoundaryIsExactToo() {
        SoakPolicy policy = SoakPolicy.DEFAULT;
        Instant debrief = Instant.parse("2026-11-27T16:30:00Z"); // Friday
        Instant end = Instant.parse("2026-12-01T16:30:00Z"); // Tuesday
        List<LinkedPostmortem> linked = List.of(LinkedPostmortem.debriefed("PM-9", debrief));

        assertThat(clockAt(end.minusMillis(1)).evaluate(policy, linked, Optional.empty()))
                .isEqualTo(new SoakVerdict.Soaking(end, "PM-9"));
        assertThat(clockAt(end).evaluate(policy, linked, Optional.empty()).committable()).isTrue();
    }

    @Test
    void aDebriefRecordedInTheFutureSoaksFromThatFutureInstant() {
        Instant future = NOW.plus(Duration.ofHours(5));

        assertThat(evaluate(NOW, LinkedPostmortem.debriefed("PM-1", future)))
                .isEqualTo(new SoakVerdict.Soaking(future.plus(Duration.ofHours(24)), "PM-1"));
    }

    @Test
    void aFutureDebriefHoldsTheActionEvenWithAZeroSoak() {
        Instant future = NOW.plusSeconds(1);
        SoakVerdict verdict = clockAt(NOW).evaluate(SoakPolicy.ofHours(0),
                List.of(LinkedPostmortem.debriefed("PM-1", future)), Optional.empty());

        assertThat(verdict).isEqualTo(new SoakVerdict.Soaking(future, "PM-1"));
    }

    @Test
    void anyMissingDebriefWinsOverSoakingAndIsListedOnceInOrder() {
        SoakVerdict verdict = evaluate(NOW,
                LinkedPostmortem.debriefed("PM-1", NOW.minus(Duration.ofHours(1))),
                LinkedPostmortem.awaitingDebrief("PM-7"),
                LinkedPostmortem.awaitingDebrief("PM-3"),
                LinkedPostmortem.awaitingDebrief("PM-7"));

        assertThat(verdict).isEqualTo(new SoakVerdict.AwaitingDebrief(List.of("PM-7", "PM-3")));
        assertThat(verdict.committable()).isFalse();
        assertThat(verdict.messageArgs()).containsExactly("PM-7, PM-3", 2);
    }

    @Test
    void noLinkedPostmortemIsItsOwnVerdict() {
        SoakVerdict verdict = evaluate(NOW);

        assertThat(verdict).isInstanceOf(SoakVerdict.NoLinkedPostmortem.class);
        assertThat(verdict.committable()).isFalse();
        assertThat(verdict.messageKey()).isEqualTo("postmortem.soak.verdict.noLinkedPostmortem");
    }

    @Test
    void anOverrideWinsOverSoakingAndMissingDebriefs() {
        SoakOverride override = new SoakOverride("  Security fix, cannot wait  ", "jdoe", NOW);

        SoakVerdict soaking = clockAt(NOW).evaluate(DAY,
                List.of(LinkedPostmortem.debriefed("PM-1", NOW)), Optional.of(override));
        SoakVerdict awaiting = clockAt(NOW).evaluate(DAY,
                List.of(LinkedPostmortem.awaitingDebrief("PM-2")), Optional.of(override));

        assertThat(soaking).isEqualTo(new SoakVerdict.Overridden(override));
        assertThat(awaiting).isEqualTo(new SoakVerdict.Overridden(override));
        assertThat(soaking.committable()).isTrue();
        assertThat(soaking.messageArgs()).containsExactly("jdoe", "Security fix, cannot wait", NOW);
    }

    @Test
    void anOverrideNeedsAReasonAndAUser() {
        assertThatThrownBy(() -> new SoakOverride(" ", "jdoe", NOW))
                .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.soak.override.reasonRequired"));
        assertThatThrownBy(() -> new SoakOverride("why", "", NOW))
                .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.soak.override.userRequired"));
    }

    @Test
    void fiftyLinkedPostmortemsInAnyOrderAreHeldByTheLatestDebrief() {
        Instant base = Instant.parse("2026-11-20T08:00:00Z");
        List<LinkedPostmortem> linked = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            linked.add(LinkedPostmortem.debriefed("PM-" + i, base.plus(Duration.ofMinutes(i == 37 ? 10_000 : i))));
        }
        Collections.shuffle(linked, new Random(42));
        Instant latestEnd = base.plus(Duration.ofMinutes(10_000)).plus(Duration.ofHours(24));

        assertThat(evaluate(NOW, linked.toArray(LinkedPostmortem[]::new)))
                .isEqualTo(new SoakVerdict.Soaking(latestEnd, "PM-37"));
        assertThat(evaluate(latestEnd, linked.toArray(LinkedPostmortem[]::new)).committable()).isTrue();

        linked.set(12, LinkedPostmortem.awaitingDebrief("PM-new"));
        assertThat(evaluate(NOW, linked.toArray(LinkedPostmortem[]::new)))
                .isEqualTo(new SoakVerdict.AwaitingDebrief(List.of("PM-new")));
    }

    @Test
    void aTieIsHeldByTheFirstInInputOrder() {
        SoakVerdict verdict = evaluate(NOW,
                LinkedPostmortem.debriefed("PM-B", NOW),
                LinkedPostmortem.debriefed("PM-A", NOW));

        assertThat(verdict).isEqualTo(new SoakVerdict.Soaking(NOW.plus(Duration.ofHours(24)), "PM-B"));
    }

    @Test
    void readsTheClockOnlyThroughTheInjectedClock() {
        Instant debrief = Instant.parse("2020-01-01T00:00:00Z");
        List<LinkedPostmortem> linked = List.of(LinkedPostmortem.debriefed("PM-1", debrief));

        assertThat(clockAt(debrief).evaluate(DAY, linked, Optional.empty()).committable()).isFalse();
        assertThat(clockAt(debrief.plus(Duration.ofDays(1))).evaluate(DAY, linked, Optional.empty()).committable()).isTrue();
    }

    @Test
    void aBlankIssueKeyIsRefused() {
        assertThatThrownBy(() -> LinkedPostmortem.awaitingDebrief(" "))
                .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.soak.linked.keyRequired"));
    }
}
