package dev.postmortem.jira.soak;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The soak gate logs each distinct {@link GateProblem#logKey} once per node: what counts as the same problem. */
class GateProblemTest {

    @Test
    void theSameProblemHasTheSameLogKeyAndOtherArgumentsAnother() {
        GateProblem missing = GateProblem.of("postmortem.jira.soak.problem.linkTypeMissing", "10100");

        assertThat(GateProblem.of("postmortem.jira.soak.problem.linkTypeMissing", "10100").logKey())
                .isEqualTo(missing.logKey());
        assertThat(GateProblem.of("postmortem.jira.soak.problem.linkTypeMissing", "10101").logKey())
                .isNotEqualTo(missing.logKey());
        assertThat(GateProblem.of("postmortem.jira.soak.problem.recordsUnavailable").logKey())
                .isNotEqualTo(missing.logKey());
    }

    @Test
    void aLogDetailTellsProblemsApartThatLookTheSameToUsers() {
        GateProblem unavailable = GateProblem.of("postmortem.jira.soak.problem.postmortemUnavailable");

        assertThat(unavailable.withLogDetail("linked issue id 1").logKey())
                .isEqualTo(unavailable.withLogDetail("linked issue id 1").logKey())
                .isNotEqualTo(unavailable.withLogDetail("linked issue id 2").logKey())
                .isNotEqualTo(unavailable.logKey());
    }
}
