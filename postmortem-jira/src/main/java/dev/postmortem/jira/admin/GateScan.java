package dev.postmortem.jira.admin;

import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ConditionsDescriptor;
import com.opensymphony.workflow.loader.RestrictionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import dev.postmortem.jira.soak.SoakCondition;
import dev.postmortem.jira.soak.SoakValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which transitions of the active workflows use the soak condition and validator, read once per page view and
 * bounded. Jira stores a plugin's condition or validator with its class in the arg {@code class.name}; conditions
 * nest in AND/OR groups, which are walked to a bounded depth.
 *
 * <p>The workflow members read here are not confirmed for Jira 11 (atlassian-stubs/SIGNATURES.md): if Jira answers
 * differently, the scan says it could not read the workflows instead of failing the page.
 */
public class GateScan {

    /** At most this many active workflows are read; a site with more is told the list is cut. */
    public static final int MAX_WORKFLOWS = 500;
    static final String CLASS_NAME_ARG = "class.name";
    private static final int MAX_DEPTH = 10;
    private static final Logger LOG = LoggerFactory.getLogger(GateScan.class);

    private final WorkflowManager workflowManager;

    public GateScan(WorkflowManager workflowManager) {
        this.workflowManager = Objects.requireNonNull(workflowManager, "workflowManager");
    }

    /** What the scan found. */
    public record Result(List<GateTransition> transitions, int workflowsRead, boolean truncated, boolean unreadable) {

        public Result {
            transitions = List.copyOf(transitions);
        }

        static Result couldNotRead() {
            return new Result(List.of(), 0, false, true);
        }
    }

    public Result scan() {
        try {
            Collection<JiraWorkflow> workflows = workflowManager.getActiveWorkflows();
            List<GateTransition> found = new ArrayList<>();
            int read = 0;
            for (JiraWorkflow workflow : workflows == null ? List.<JiraWorkflow>of() : workflows) {
                if (read == MAX_WORKFLOWS) {
                    return new Result(sorted(found), read, true, false);
                }
                read++;
                Collection<ActionDescriptor> actions = workflow.getAllActions();
                for (ActionDescriptor action : actions == null ? List.<ActionDescriptor>of() : actions) {
                    boolean condition = hasCondition(action.getRestriction());
                    boolean validator = hasValidator(action.getValidators());
                    if (condition || validator) {
                        found.add(new GateTransition(workflow.getName(), action.getName(), condition, validator));
                    }
                }
            }
            return new Result(sorted(found), read, false, false);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: this Jira's workflow API differs from the one the app was built against.
            LOG.warn("Postmortem administration: could not read the workflows to find the soak gate", e);
            return Result.couldNotRead();
        }
    }

    private static List<GateTransition> sorted(List<GateTransition> transitions) {
        return transitions.stream()
                .sorted(Comparator.comparing(GateTransition::isBypassable).reversed()
                        .thenComparing(GateTransition::getWorkflow, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(GateTransition::getTransition, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static boolean hasCondition(RestrictionDescriptor restriction) {
        return restriction != null && containsCondition(restriction.getConditionsDescriptor(), 0);
    }

    private static boolean containsCondition(ConditionsDescriptor group, int depth) {
        if (group == null || depth > MAX_DEPTH || group.getConditions() == null) {
            return false;
        }
        for (Object element : group.getConditions()) {
            if (element instanceof ConditionDescriptor condition && names(condition.getArgs(), SoakCondition.class)) {
                return true;
            }
            if (element instanceof ConditionsDescriptor nested && containsCondition(nested, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasValidator(List<?> validators) {
        if (validators == null) {
            return false;
        }
        return validators.stream().anyMatch(element -> element instanceof ValidatorDescriptor validator
                && names(validator.getArgs(), SoakValidator.class));
    }

    private static boolean names(Map<?, ?> args, Class<?> type) {
        Object className = args == null ? null : args.get(CLASS_NAME_ARG);
        return className != null && type.getName().equals(className.toString().strip());
    }
}
