package dev.postmortem.jira.soak;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OnceLogTest {

    @Test
    void logsEachProblemOnce() {
        OnceLog log = new OnceLog();
        GateProblem missing = GateProblem.of("postmortem.jira.soak.problem.linkTypeMissing", "10100");

        assertThat(log.problem(missing, null)).isTrue();
        assertThat(log.problem(GateProblem.of("postmortem.jira.soak.problem.linkTypeMissing", "10100"), null)).isFalse();
        assertThat(log.problem(GateProblem.of("postmortem.jira.soak.problem.linkTypeMissing", "10101"), null)).isTrue();
        assertThat(log.problem(GateProblem.of("postmortem.jira.soak.problem.recordsUnavailable"),
                new IllegalStateException("down"))).isTrue();
    }

    @Test
    void aLogDetailTellsProblemsApartThatLookTheSameToUsers() {
        OnceLog log = new OnceLog();
        GateProblem unavailable = GateProblem.of("postmortem.jira.soak.problem.postmortemUnavailable");

        assertThat(log.problem(unavailable.withLogDetail("linked issue id 1"), null)).isTrue();
        assertThat(log.problem(unavailable.withLogDetail("linked issue id 1"), null)).isFalse();
        assertThat(log.problem(unavailable.withLogDetail("linked issue id 2"), null)).isTrue();
        assertThat(log.problem(unavailable, null)).isTrue();
    }

    @Test
    void stopsRememberingAtItsBound() {
        OnceLog log = new OnceLog();
        for (int i = 0; i < OnceLog.MAX_REMEMBERED; i++) {
            log.problem(GateProblem.of("k", i), null);
        }

        assertThat(log.problem(GateProblem.of("k", "one more"), null)).isFalse();
    }
}
