package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import dev.postmortem.core.soak.SoakVerdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The gate reads Jira and hands what it read to the core: the soak clock, {@code OverrideCoverage} and
 * {@code SoakGateRule} decide, and their edges are tested in the core. These tests check the reading and the
 * hand-over (which links, which ids, which settings, what is read at all) and how the gate fails closed.
 */
class SoakGateTest {

    private final SoakFixture fx = new SoakFixture();
    private final SoakGate gate = fx.gate();

    @Test
    void holdsWhileTheProjectPolicySoakRunsAndNamesThePostmortemAndTheEnd() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(10)));

        GateDecision decision = gate.decide(fx.action, SoakFixture.projectPolicyArgs());

        assertThat(decision.passes()).isFalse();
        assertThat(verdict(decision)).isEqualTo(new SoakVerdict.Soaking(NOW.plus(Duration.ofHours(38)), "PM-1"));
    }

    @Test
    void passesOnceTheSoakHasEnded() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(48)));

        GateDecision decision = gate.decide(fx.action, SoakFixture.projectPolicyArgs());

        assertThat(decision.passes()).isTrue();
        assertThat(verdict(decision)).isInstanceOf(SoakVerdict.Committable.class);
    }

    @Test
    void anExplicitDurationReplacesTheProjectPolicy() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(10)));

        GateDecision decision = gate.decide(fx.action, SoakFixture.args("hours", "8", "10100", false));

        assertThat(decision.passes()).isTrue();
        verify(fx.records, never()).policyFor(anyLong());
    }

    @Test
    void holdsWhileAnyLinkedPostmortemHasNoDebrief() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(10)));
        fx.postmortem("PM-2", null);

        GateDecision decision = gate.decide(fx.action, SoakFixture.projectPolicyArgs());

        assertThat(decision.passes()).isFalse();
        assertThat(verdict(decision)).isEqualTo(new SoakVerdict.AwaitingDebrief(java.util.List.of("PM-2")));
    }

    @Test
    void theLatestSoakEndHoldsTheAction() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(40)));
        fx.postmortem("PM-2", NOW.minus(Duration.ofHours(1)));

        assertThat(verdict(gate.decide(fx.action, SoakFixture.projectPolicyArgs())))
                .isEqualTo(new SoakVerdict.Soaking(NOW.plus(Duration.ofHours(47)), "PM-2"));
    }

    @Test
    void linksOfOtherTypesAreNotPostmortems() {
        fx.linked("BLOCKER-1", null, SoakFixture.OTHER_LINK_TYPE_ID);

        GateDecision decision = gate.decide(fx.action, SoakFixture.projectPolicyArgs());

        assertThat(verdict(decision)).isInstanceOf(SoakVerdict.NoLinkedPostmortem.class);
        assertThat(decision.passes()).isFalse();
    }

    @Test
    void withoutALinkedPostmortemTheConfigurationDecides() {
        assertThat(gate.decide(fx.action, SoakFixture.args("project", "", "10100", false)).passes()).isFalse();
        assertThat(gate.decide(fx.action, SoakFixture.args("project", "", "10100", true)).passes()).isTrue();
        // Nothing to soak: neither the policy nor the overrides are read.
        verify(fx.records, never()).policyFor(anyLong());
        verify(fx.records, never()).overridesFor(anyLong());
    }

    @Test
    void anOverrideCoveringEveryLinkedPostmortemLetsTheActionPass() {
        Issue pm = fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));
        fx.override(pm, NOW.minus(Duration.ofMinutes(5)), null, null);

        GateDecision decision = gate.decide(fx.action, SoakFixture.projectPolicyArgs());

        assertThat(decision.passes()).isTrue();
        assertThat(verdict(decision)).isInstanceOf(SoakVerdict.Overridden.class);
    }

    @Test
    void aPostmortemLinkedAfterTheOverrideGatesTheActionAgain() {
        Issue first = fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));
        fx.override(first, NOW.minus(Duration.ofMinutes(5)), null, null);
        fx.postmortem("PM-2", NOW.minus(Duration.ofHours(1)));

        GateDecision decision = gate.decide(fx.action, SoakFixture.projectPolicyArgs());

        assertThat(decision.passes()).isFalse();
        assertThat(verdict(decision)).isInstanceOf(SoakVerdict.Soaking.class);
    }

    @Test
    void anOverrideNoLongerActiveIsNotHonoured() {
        Issue pm = fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));
        fx.override(pm, NOW.minus(Duration.ofHours(1)), null, NOW.minus(Duration.ofMinutes(1)));

        assertThat(gate.decide(fx.action, SoakFixture.projectPolicyArgs()).passes()).isFalse();
    }

    @Test
    void readsTheDebriefFromATimestampAndFromAPlainDate() {
        fx.linked("PM-1", java.sql.Date.valueOf("2026-11-20"), SoakFixture.LINK_TYPE_ID);

        // java.sql.Date.toInstant() would throw; the gate must not.
        assertThat(gate.decide(fx.action, SoakFixture.projectPolicyArgs()).passes()).isTrue();
    }

    @Test
    void oneLinkLookupAndOneFieldResolutionPerEvaluationWhateverTheNumberOfLinks() {
        for (int i = 0; i < 50; i++) {
            fx.postmortem("PM-" + i, NOW.minus(Duration.ofDays(3)));
        }

        gate.decide(fx.action, SoakFixture.projectPolicyArgs());
        gate.decide(fx.action, SoakFixture.projectPolicyArgs());

        // Two evaluations: two link lookups; the field by the id setup remembered, once per evaluation, never by name.
        verify(fx.issueLinkManager, times(2)).getInwardLinks(fx.action.getId());
        verify(fx.customFieldManager, never()).getCustomFieldObjectsByName(anyString());
        verify(fx.customFieldManager, times(2)).getCustomFieldObject(SoakFixture.DEBRIEF_FIELD_ID);
        verify(fx.records, times(2)).policyFor(SoakFixture.PROJECT_ID);
        verify(fx.records, times(2)).overridesFor(fx.action.getId());
    }

    @Test
    void failsClosedWhenTheLinkTypeIsGone() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(10)));
        when(fx.issueLinkTypeManager.getIssueLinkType(SoakFixture.LINK_TYPE_ID)).thenReturn(null);

        GateDecision decision = gate.decide(fx.action, SoakFixture.args("project", "", "10100", true));

        assertThat(decision.passes()).isFalse();
        assertThat(problem(decision)).isEqualTo(GateProblem.of("postmortem.jira.soak.problem.linkTypeMissing", "10100"));
    }

    @Test
    void failsClosedWhenTheDebriefFieldWasDeleted() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(10)));
        fx.deleteDebriefField();

        GateDecision decision = gate.decide(fx.action, SoakFixture.projectPolicyArgs());

        assertThat(decision.passes()).isFalse();
        assertThat(problem(decision).messageKey()).isEqualTo("postmortem.jira.soak.problem.debriefFieldMissing");
    }

    @Test
    void withoutLinkedPostmortemsAMissingDebriefFieldDoesNotMatter() {
        fx.deleteDebriefField();

        assertThat(gate.decide(fx.action, SoakFixture.args("project", "", "10100", true)).passes()).isTrue();
    }

    @Test
    void failsClosedWhenTheDebriefValueIsNotADate() {
        fx.linked("PM-1", "yesterday", SoakFixture.LINK_TYPE_ID);

        GateDecision decision = gate.decide(fx.action, SoakFixture.projectPolicyArgs());

        assertThat(problem(decision)).isEqualTo(
                GateProblem.of("postmortem.jira.soak.problem.debriefNotDate", "Debrief held at", "PM-1"));
    }

    @Test
    void failsClosedWithoutShowingTheIdOfALinkedIssueItCannotRead() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(10)));
        fx.unreadableLink(98765L);

        GateDecision decision = gate.decide(fx.action, SoakFixture.projectPolicyArgs());

        assertThat(decision.passes()).isFalse();
        // Nothing shown names the issue: no argument, no issue to name. The id is for the log only.
        assertThat(problem(decision).messageKey()).isEqualTo("postmortem.jira.soak.problem.postmortemUnavailable");
        assertThat(problem(decision).args()).isEmpty();
        assertThat(problem(decision).logDetail()).isEqualTo("linked issue id 98765");
        assertThat(decision.postmortems()).isEmpty();
    }

    @Test
    void failsClosedWhenStorageCannotBeRead() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(10)));
        when(fx.records.policyFor(anyLong())).thenThrow(new IllegalStateException("database down"));

        GateDecision decision = gate.decide(fx.action, SoakFixture.projectPolicyArgs());

        assertThat(decision.passes()).isFalse();
        assertThat(problem(decision).messageKey()).isEqualTo("postmortem.jira.soak.problem.recordsUnavailable");
    }

    @Test
    void failsClosedOnMisconfiguredArgsWithoutTouchingJira() {
        GateDecision decision = gate.decide(fx.action, SoakFixture.args("hours", "two days", "10100", true));

        assertThat(problem(decision)).isEqualTo(GateProblem.of("postmortem.jira.soak.problem.hours", "two days", 8784L));
        verify(fx.issueLinkManager, never()).getInwardLinks(anyLong());
    }

    @Test
    void failsClosedWithoutAnIssue() {
        assertThat(problem(gate.decide(null, SoakFixture.projectPolicyArgs())).messageKey())
                .isEqualTo("postmortem.jira.soak.problem.noIssue");
    }

    @Test
    void listsTheLinkedPostmortemIdsOfTheConfiguredTypeOnly() {
        Issue pm = fx.postmortem("PM-1", null);
        fx.linked("OTHER-1", null, SoakFixture.OTHER_LINK_TYPE_ID);

        assertThat(gate.linkedPostmortemIds(fx.action, SoakFixture.LINK_TYPE_ID)).containsExactly(pm.getId());
    }

    private static SoakVerdict verdict(GateDecision decision) {
        assertThat(decision).isInstanceOf(GateDecision.Evaluated.class);
        return ((GateDecision.Evaluated) decision).verdict();
    }

    private static GateProblem problem(GateDecision decision) {
        assertThat(decision).isInstanceOf(GateDecision.CannotEvaluate.class);
        return ((GateDecision.CannotEvaluate) decision).problem();
    }

}
