package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.MutableIssue;
import dev.postmortem.core.actions.ActionState;
import dev.postmortem.jira.summary.PostmortemScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

class ActionStatesTest {

    private final PostmortemScenario jira = new PostmortemScenario();

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "new, null, PROPOSED",
            "undefined, null, PROPOSED",
            "indeterminate, null, COMMITTED",
            "done, Done, DONE",
            "done, Fixed, DONE",
            "done, null, DONE",
            "done, Won't Do, NOT_DOING",
            "done, WON\u2019T FIX, NOT_DOING",
            "done, Duplicate, NOT_DOING",
            "done, Declined, NOT_DOING",
            "done, Wird nicht erledigt, NOT_DOING",
    })
    void mapsStatusCategoryAndResolution(String category, String resolution, ActionState expected) {
        MutableIssue action = jira.issue(1L, "ACT-1", "An action", jira.taskType, "Some status", category, resolution);

        assertThat(ActionStates.of(action)).isEqualTo(expected);
    }

    @Test
    void theProjectsOwnNotDoingResolutionMeansNotDoingWhateverItsName() {
        MutableIssue action = jira.issue(1L, "ACT-1", "An action", jira.taskType, "Closed", "done", "Parked by team");
        when(action.getResolution().getId()).thenReturn("10300");

        assertThat(ActionStates.of(action, Optional.of("10300"))).isEqualTo(ActionState.NOT_DOING);
        assertThat(ActionStates.of(action, Optional.of("10301"))).isEqualTo(ActionState.DONE);
        assertThat(ActionStates.of(action)).isEqualTo(ActionState.DONE);
    }
}
