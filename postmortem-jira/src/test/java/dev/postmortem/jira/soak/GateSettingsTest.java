package dev.postmortem.jira.soak;

import dev.postmortem.core.soak.SoakPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class GateSettingsTest {

    @Test
    void readsTheProjectPolicyConfiguration() {
        assertThat(GateSettings.parse(SoakFixture.args("project", "", "10100", false)))
                .isEqualTo(new GateSettings.Valid(new GateSettings(OptionalLong.empty(), 10100L, false)));
    }

    @Test
    void readsAnExplicitDurationAndThePassFlag() {
        assertThat(GateSettings.parse(SoakFixture.args("hours", " 72 ", "10100", true)))
                .isEqualTo(new GateSettings.Valid(new GateSettings(OptionalLong.of(72), 10100L, true)));
    }

    @Test
    void aMissingSourceMeansTheProjectPolicy() {
        // Hours are set but not chosen: without a source the project's policy applies, not the hours.
        Map<String, String> args = new HashMap<>(SoakFixture.args("hours", "48", "10100", false));
        args.remove(GateSettings.ARG_SOURCE);

        assertThat(GateSettings.parse(args))
                .isEqualTo(new GateSettings.Valid(new GateSettings(OptionalLong.empty(), 10100L, false)));
    }

    @Test
    void rejectsHoursThatAreNotAWholeNumberInRange() {
        for (String bad : new String[] {"", "abc", "1.5", "-1", "8785"}) {
            assertThat(GateSettings.parse(SoakFixture.args("hours", bad, "10100", false)))
                    .as(bad)
                    .isEqualTo(new GateSettings.Invalid(GateProblem.of("postmortem.jira.soak.problem.hours", bad, 8784L)));
        }
    }

    @Test
    void acceptsTheSameHoursAsAProjectPolicyUpTo366Days() {
        // 366 days, so that a year is accepted in a leap year too; the project policy has the same limit.
        assertThat(SoakPolicy.MAX_HOURS).isEqualTo(8784L);
        assertThat(GateSettings.parse(SoakFixture.args("hours", "8784", "10100", false)))
                .isEqualTo(new GateSettings.Valid(new GateSettings(OptionalLong.of(8784L), 10100L, false)));
        assertThat(SoakPolicy.ofHours(8784L)).isEqualTo(SoakPolicy.ofDuration(Duration.ofDays(366)));
    }

    @Test
    void rejectsAnUnknownSourceAndAMissingOrNonNumericLinkType() {
        assertThat(GateSettings.parse(SoakFixture.args("weeks", "", "10100", false)))
                .isEqualTo(new GateSettings.Invalid(GateProblem.of("postmortem.jira.soak.problem.source", "weeks")));
        assertThat(GateSettings.parse(SoakFixture.args("project", "", "", false)))
                .isEqualTo(new GateSettings.Invalid(GateProblem.of("postmortem.jira.soak.problem.linkTypeUnset")));
        assertThat(GateSettings.parse(SoakFixture.args("project", "", "Postmortem action", false)))
                .isEqualTo(new GateSettings.Invalid(
                        GateProblem.of("postmortem.jira.soak.problem.linkTypeMissing", "Postmortem action")));
    }

    @Test
    void noArgsAtAllIsAMisconfiguration() {
        assertThat(GateSettings.parse(null))
                .isEqualTo(new GateSettings.Invalid(GateProblem.of("postmortem.jira.soak.problem.linkTypeUnset")));
    }

    @Test
    void settingsRoundTripThroughTheirArgs() {
        GateSettings settings = new GateSettings(OptionalLong.of(24), 10100L, true);

        assertThat(GateSettings.parse(settings.toArgs())).isEqualTo(new GateSettings.Valid(settings));
    }
}
