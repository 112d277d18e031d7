package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ConditionsDescriptor;
import com.opensymphony.workflow.loader.RestrictionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import dev.postmortem.jira.soak.SoakCondition;
import dev.postmortem.jira.soak.SoakValidator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Finding the commit and drop transitions of the step an action is in: by what they carry, never by name. The
 * workflow is "Open" (step 1) → "Start" (11, no gate, to In Progress), "Commit" (21, gate condition nested in an OR
 * group, to In Progress), "Won't do" (31, to Closed, done), "Approve" (41, gate validator, to Done).
 */
class WorkflowTransitionsTest {

    private final WorkflowManager workflowManager = mock(WorkflowManager.class);
    private final JiraWorkflow workflow = mock(JiraWorkflow.class);
    private final WorkflowDescriptor descriptor = mock(WorkflowDescriptor.class);
    private final Issue action = mock(Issue.class);
    private final Status open = status("new");
    private final WorkflowTransitions transitions = new WorkflowTransitions(workflowManager);

    WorkflowTransitionsTest() {
        when(workflowManager.getWorkflow(action)).thenReturn(workflow);
        when(workflow.getDescriptor()).thenReturn(descriptor);
        when(action.getStatus()).thenReturn(open);
        step(2, status("indeterminate"));
        step(3, status("done"));
    }

    @Test
    void theGateClassNamesAreThoseOfTheSoakModules() {
        assertThat(WorkflowTransitions.GATE_CLASSES)
                .containsExactlyInAnyOrder(SoakCondition.class.getName(), SoakValidator.class.getName());
    }

    @Test
    void commitIsTheFirstTransitionCarryingTheGateConditionEvenNestedInAGroup() {
        ActionDescriptor start = transition(11, 2, null, null);
        ActionDescriptor commit = transition(21, 2, gateInOrGroup(), null);
        ActionDescriptor approve = transition(41, 3, null, SoakValidator.class.getName());
        openStepHas(start, commit, approve);

        assertThat(transitions.commit(action)).hasValue(21);
    }

    @Test
    void aTransitionCarryingOnlyTheGateValidatorCommitsToo() {
        openStepHas(transition(11, 2, null, null), transition(41, 3, null, " " + SoakValidator.class.getName() + " "));

        assertThat(transitions.commit(action)).hasValue(41);
    }

    @Test
    void dropIsTheFirstUngatedTransitionIntoADoneStatusWhateverItIsCalled() {
        ActionDescriptor approve = transition(41, 3, null, SoakValidator.class.getName());
        ActionDescriptor start = transition(11, 2, null, null);
        ActionDescriptor wontDo = transition(31, 3, null, null);
        openStepHas(approve, start, wontDo);

        assertThat(transitions.drop(action)).hasValue(31);
    }

    @Test
    void aStepWithoutSuchTransitionsOffersNeitherAndForeignClassesAreNoGate() {
        ActionDescriptor foreign = transition(51, 2, null, "com.example.SomeValidator");
        openStepHas(foreign);

        assertThat(transitions.commit(action)).isEmpty();
        assertThat(transitions.drop(action)).isEmpty();
    }

    @Test
    void anIssueWithoutWorkflowOrStatusHasNoTransitions() {
        when(workflowManager.getWorkflow(action)).thenReturn(null);

        assertThat(transitions.commit(action)).isEmpty();
        assertThat(transitions.drop(action)).isEmpty();
    }

    private void openStepHas(ActionDescriptor... actions) {
        StepDescriptor step = mock(StepDescriptor.class);
        when(step.getActions()).thenReturn(List.of(actions));
        when(workflow.getLinkedStep(open)).thenReturn(step);
    }

    private void step(int id, Status status) {
        StepDescriptor step = mock(StepDescriptor.class);
        when(descriptor.getStep(id)).thenReturn(step);
        when(workflow.getLinkedStatusObject(step)).thenReturn(status);
    }

    private static ActionDescriptor transition(int id, int targetStep, ConditionsDescriptor conditions,
            String validatorClass) {
        ActionDescriptor transition = mock(ActionDescriptor.class);
        when(transition.getId()).thenReturn(id);
        ResultDescriptor result = mock(ResultDescriptor.class);
        when(result.getStep()).thenReturn(targetStep);
        when(transition.getUnconditionalResult()).thenReturn(result);
        if (conditions != null) {
            RestrictionDescriptor restriction = mock(RestrictionDescriptor.class);
            when(restriction.getConditionsDescriptor()).thenReturn(conditions);
            when(transition.getRestriction()).thenReturn(restriction);
        }
        if (validatorClass != null) {
            ValidatorDescriptor validator = mock(ValidatorDescriptor.class);
            when(validator.getArgs()).thenReturn(Map.of(WorkflowTransitions.CLASS_NAME_ARG, validatorClass));
            when(transition.getValidators()).thenReturn(List.of(validator));
        }
        return transition;
    }

    private static ConditionsDescriptor gateInOrGroup() {
        ConditionDescriptor other = mock(ConditionDescriptor.class);
        when(other.getArgs()).thenReturn(Map.of(WorkflowTransitions.CLASS_NAME_ARG, "com.example.InGroup"));
        ConditionDescriptor gate = mock(ConditionDescriptor.class);
        when(gate.getArgs()).thenReturn(Map.of(WorkflowTransitions.CLASS_NAME_ARG, SoakCondition.class.getName()));
        ConditionsDescriptor inner = mock(ConditionsDescriptor.class);
        when(inner.getConditions()).thenReturn(List.of(other, gate));
        ConditionsDescriptor outer = mock(ConditionsDescriptor.class);
        when(outer.getConditions()).thenReturn(List.of(inner));
        return outer;
    }

    private static Status status(String categoryKey) {
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        when(status.getStatusCategory()).thenReturn(category);
        return status;
    }
}
