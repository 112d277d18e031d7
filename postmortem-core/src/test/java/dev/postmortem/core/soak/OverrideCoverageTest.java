package dev.postmortem.core.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverrideCoverageTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final long PM_1 = 10001;
    private static final long PM_2 = 10002;

    private static PostmortemOverride override(long postmortemId, long recordId, Instant at) {
        return new PostmortemOverride(postmortemId, recordId, new SoakOverride("hotfix", "admin", at), null, null);
    }

    private static PostmortemOverride withLife(long postmortemId, Instant expiresAt, Instant revokedAt) {
        return new PostmortemOverride(postmortemId, 1, new SoakOverride("hotfix", "admin", NOW.minusSeconds(60)),
                expiresAt, revokedAt);
    }

    @Test
    void anOverrideOfTheOnlyLinkedPostmortemCoversTheAction() {
        PostmortemOverride only = override(PM_1, 1, NOW.minusSeconds(60));

        assertThat(OverrideCoverage.covering(Set.of(PM_1), List.of(only), NOW)).contains(only.override());
    }

    @Test
    void oneLinkedPostmortemWithoutAnOverrideLeavesTheActionGated() {
        List<PostmortemOverride> overrides = List.of(override(PM_1, 1, NOW.minusSeconds(60)));

        assertThat(OverrideCoverage.covering(List.of(PM_1, PM_2), overrides, NOW)).isEmpty();
    }

    @Test
    void whenEveryLinkedPostmortemIsOverriddenTheNewestOverrideIsReported() {
        PostmortemOverride older = override(PM_1, 7, NOW.minus(Duration.ofHours(2)));
        PostmortemOverride newer = override(PM_2, 3, NOW.minus(Duration.ofHours(1)));

        assertThat(OverrideCoverage.covering(List.of(PM_1, PM_2), List.of(newer, older), NOW))
                .contains(newer.override());
    }

    @Test
    void overridesRecordedAtTheSameInstantAreOrderedByTheirRecordId() {
        Instant at = NOW.minusSeconds(60);
        PostmortemOverride first = new PostmortemOverride(PM_1, 4, new SoakOverride("first", "a", at), null, null);
        PostmortemOverride second = new PostmortemOverride(PM_1, 5, new SoakOverride("second", "b", at), null, null);

        assertThat(OverrideCoverage.covering(Set.of(PM_1), List.of(second, first), NOW)).contains(second.override());
    }

    @Test
    void anOverrideOfAPostmortemNoLongerLinkedCoversNothingAndIsNotReported() {
        PostmortemOverride unlinked = override(PM_2, 9, NOW.minusSeconds(10));
        PostmortemOverride linked = override(PM_1, 1, NOW.minusSeconds(60));

        assertThat(OverrideCoverage.covering(Set.of(PM_1), List.of(unlinked), NOW)).isEmpty();
        assertThat(OverrideCoverage.covering(Set.of(PM_1), List.of(linked, unlinked), NOW)).contains(linked.override());
    }

    @Test
    void withNoLinkedPostmortemThereIsNothingToCover() {
        assertThat(OverrideCoverage.covering(Set.of(), List.of(override(PM_1, 1, NOW)), NOW)).isEmpty();
    }

    @Test
    void withNoOverrideNothingIsCovered() {
        assertThat(OverrideCoverage.covering(Set.of(PM_1), List.of(), NOW)).isEmpty();
    }

    @Test
    void duplicateLinksToTheSamePostmortemNeedOneOverride() {
        PostmortemOverride only = override(PM_1, 1, NOW.minusSeconds(60));

        assertThat(OverrideCoverage.covering(List.of(PM_1, PM_1), List.of(only), NOW)).contains(only.override());
    }

    @Test
    void anExpiredOrRevokedOverrideCoversNothing() {
        assertThat(OverrideCoverage.covering(Set.of(PM_1), List.of(withLife(PM_1, NOW, null)), NOW)).isEmpty();
        assertThat(OverrideCoverage.covering(Set.of(PM_1),
                List.of(withLife(PM_1, null, NOW.minusSeconds(1))), NOW)).isEmpty();
        // An inactive override of one postmortem does not count, even with an active one of another.
        assertThat(OverrideCoverage.covering(List.of(PM_1, PM_2),
                List.of(withLife(PM_1, NOW.minusSeconds(1), null), override(PM_2, 2, NOW)), NOW)).isEmpty();
    }

    @Test
    void anOverrideIsActiveUntilJustBeforeItsExpiry() {
        PostmortemOverride expiring = withLife(PM_1, NOW, null);

        assertThat(expiring.isActiveAt(NOW.minusNanos(1))).isTrue();
        assertThat(expiring.isActiveAt(NOW)).isFalse();
        assertThat(expiring.isActiveAt(NOW.plusSeconds(1))).isFalse();
        assertThat(withLife(PM_1, null, null).isActiveAt(NOW.plus(Duration.ofDays(3650)))).isTrue();
        // Revoked is revoked, even if the revocation is recorded with a later time than asked about.
        assertThat(withLife(PM_1, null, NOW.plusSeconds(60)).isActiveAt(NOW)).isFalse();
    }
}
