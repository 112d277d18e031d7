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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which of an action's workflow transitions the decide view runs, found by what a transition carries, never by its
 * name (names are translated and renamed): among the transitions of the step the action is in now,
 * <ul>
 *   <li><b>commit</b>: the first that carries the app's soak gate (its condition or its validator: OSWorkflow keeps a
 *       plugin condition's or validator's class in the {@code class.name} argument); the gate passes once the soak
 *       has ended, so Jira runs it like any other transition;</li>
 *   <li><b>drop</b>: the first that carries no soak gate and ends in a status of Jira's "done" category.</li>
 * </ul>
 * "First" is the order the workflow lists the step's transitions in. Only the step's own transitions are read
 * (global transitions are not offered). Why: docs/adr/0026-decide-through-the-actions-own-workflow.md.
 */
public class WorkflowTransitions {

    /** The class names the soak gate's modules put into descriptors (dev.postmortem.jira.soak, atlassian-plugin.xml). */
    static final Set<String> GATE_CLASSES = Set.of("dev.postmortem.jira.soak.SoakCondition",
            "dev.postmortem.jira.soak.SoakValidator");
    static final String CLASS_NAME_ARG = "class.name";
    private static final String DONE_CATEGORY = "done";
    /** Conditions nest in AND/OR groups; a workflow deeper than this is not read further. */
    private static final int MAX_CONDITION_DEPTH = 16;

    private final WorkflowManager workflowManager;

    public WorkflowTransitions(WorkflowManager workflowManager) {
        this.workflowManager = Objects.requireNonNull(workflowManager, "workflowManager");
    }

    /** The transition that commits the action (it carries the soak gate); empty when its step has none. */
    public OptionalInt commit(Issue action) {
        for (ActionDescriptor transition : fromCurrentStep(action).transitions()) {
            if (carriesGate(transition)) {
                return OptionalInt.of(transition.getId());
            }
        }
        return OptionalInt.empty();
    }

    /** The transition that drops the action (no gate, into a "done" status); empty when its step has none. */
    public OptionalInt drop(Issue action) {
        Step step = fromCurrentStep(action);
        for (ActionDescriptor transition : step.transitions()) {
            if (!carriesGate(transition) && endsDone(step.workflow(), transition)) {
                return OptionalInt.of(transition.getId());
            }
        }
        return OptionalInt.empty();
    }

    private record Step(JiraWorkflow workflow, List<ActionDescriptor> transitions) {
    }

    private Step fromCurrentStep(Issue action) {
        JiraWorkflow workflow = workflowManager.getWorkflow(action);
        Status status = action.getStatus();
        if (workflow == null || status == null) {
            return new Step(workflow, List.of());
        }
        StepDescriptor step = workflow.getLinkedStep(status);
        List<ActionDescriptor> transitions = new ArrayList<>();
        if (step != null && step.getActions() != null) {
            for (Object each : step.getActions()) {
                if (each instanceof ActionDescriptor transition) {
                    transitions.add(transition);
                }
            }
        }
        return new Step(workflow, transitions);
    }

    static boolean carriesGate(ActionDescriptor transition) {
        List<?> validators = transition.getValidators();
        if (validators != null) {
            for (Object each : validators) {
                if (each instanceof ValidatorDescriptor validator && isGate(validator.getArgs())) {
                    return true;
                }
            }
        }
        RestrictionDescriptor restriction = transition.getRestriction();
        return restriction != null && conditionsCarryGate(restriction.getConditionsDescriptor(), 0);
    }

    private static boolean conditionsCarryGate(ConditionsDescriptor conditions, int depth) {
        if (conditions == null || conditions.getConditions() == null || depth > MAX_CONDITION_DEPTH) {
            return false;
        }
        for (Object each : conditions.getConditions()) {
            if (each instanceof ConditionDescriptor condition && isGate(condition.getArgs())) {
                return true;
            }
            if (each instanceof ConditionsDescriptor nested && conditionsCarryGate(nested, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGate(Map<?, ?> args) {
        Object className = args == null ? null : args.get(CLASS_NAME_ARG);
        return className != null && GATE_CLASSES.contains(className.toString().strip());
    }

    private static boolean endsDone(JiraWorkflow workflow, ActionDescriptor transition) {
        ResultDescriptor result = transition.getUnconditionalResult();
        WorkflowDescriptor descriptor = workflow.getDescriptor();
        if (result == null || descriptor == null) {
            return false;
        }
        StepDescriptor target = descriptor.getStep(result.getStep());
        Status status = target == null ? null : workflow.getLinkedStatusObject(target);
        StatusCategory category = status == null ? null : status.getStatusCategory();
        return category != null && DONE_CATEGORY.equals(category.getKey());
    }
}
