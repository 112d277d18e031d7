package dev.postmortem.jira.admin;

import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static dev.postmortem.jira.admin.AdminFixture.condition;
import static dev.postmortem.jira.admin.AdminFixture.group;
import static dev.postmortem.jira.admin.AdminFixture.transition;
import static dev.postmortem.jira.admin.AdminFixture.validator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class GateScanTest {

    private final AdminFixture jira = new AdminFixture(Locale.ENGLISH);

    private GateScan.Result scan() {
        return new GateScan(jira.workflowManager).scan();
    }

    @Test
    void findsTheTransitionsWithTheConditionOrTheValidatorAndPutsTheBypassableOnesFirst() {
        jira.workflow("Action workflow", transition("Start", false, false), transition("Commit", true, true),
                transition("Not doing", false, true));
        jira.workflow("Ops actions", transition("Commit", true, false), transition("Close", false, false));

        GateScan.Result result = scan();

        assertThat(result.workflowsRead()).isEqualTo(2);
        assertThat(result.truncated()).isFalse();
        assertThat(result.unreadable()).isFalse();
        assertThat(result.transitions()).extracting(t -> t.getWorkflow() + " / " + t.getTransition())
                .containsExactly("Ops actions / Commit", "Action workflow / Commit", "Action workflow / Not doing");
        assertThat(result.transitions()).extracting(GateTransition::isBypassable).containsExactly(true, false, false);
        assertThat(result.transitions().get(2).isCondition()).isFalse();
        assertThat(result.transitions().get(2).isValidator()).isTrue();
    }

    @Test
    void findsTheConditionInsideNestedAndOrGroups() {
        ActionDescriptor nested = transition("Commit",
                List.of(condition("com.atlassian.jira.workflow.condition.AllowOnlyAssignee"),
                        group(List.of(condition("com.example.Other"),
                                group(List.of(condition(dev.postmortem.jira.soak.SoakCondition.class.getName())))))),
                List.of(validator("com.example.OtherValidator")));
        jira.workflow("Nested", nested);

        assertThat(scan().transitions()).singleElement().satisfies(t -> {
            assertThat(t.isCondition()).isTrue();
            assertThat(t.isValidator()).isFalse();
            assertThat(t.isBypassable()).isTrue();
        });
    }

    @Test
    void otherAppsConditionsAndValidatorsDoNotCount() {
        jira.workflow("Other", transition("Done", List.of(condition("com.example.SoakConditionLookalike")),
                List.of(validator("dev.postmortem.jira.soak.SoakValidatorX"))));

        assertThat(scan().transitions()).isEmpty();
    }

    @Test
    void readsAtMostMaxWorkflowsAndSaysTheListIsCut() {
        for (int i = 0; i <= GateScan.MAX_WORKFLOWS; i++) {
            jira.workflow("Workflow " + i, transition("Commit", true, true));
        }

        GateScan.Result result = scan();

        assertThat(result.truncated()).isTrue();
        assertThat(result.workflowsRead()).isEqualTo(GateScan.MAX_WORKFLOWS);
        assertThat(result.transitions()).hasSize(GateScan.MAX_WORKFLOWS);
    }

    @Test
    void aWorkflowApiThatDiffersFromTheStubsMakesTheScanUnreadableInsteadOfFailingThePage() {
        WorkflowManager broken = mock(WorkflowManager.class);
        when(broken.getActiveWorkflows()).thenThrow(new NoSuchMethodError("getActiveWorkflows"));

        GateScan.Result result = new GateScan(broken).scan();

        assertThat(result.unreadable()).isTrue();
        assertThat(result.transitions()).isEmpty();
    }
}
