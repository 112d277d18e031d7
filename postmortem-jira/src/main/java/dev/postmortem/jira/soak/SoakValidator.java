package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import dev.postmortem.jira.host.CallerAccess;

import java.util.Map;
import java.util.Objects;

/**
 * Workflow validator with the condition's rule, for transitions that do not go through a button (REST, bulk
 * change, automation). Refuses with a translated message that names the postmortem (only if the user making the
 * transition may browse it; otherwise describes it) and, while soaking, the end of the soak in the user's time
 * zone and date format. The decision itself does not depend on the user. Fails closed like the condition.
 */
public class SoakValidator implements Validator {

    private final SoakGate gate;
    private final SoakTexts texts;
    private final CallerAccess access;

    public SoakValidator(SoakGate gate, SoakTexts texts, CallerAccess access) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Object value = transientVars == null ? null : transientVars.get(SoakCondition.ISSUE_VAR);
        Issue issue = value instanceof Issue i ? i : null;
        GateDecision decision = gate.decide(issue, args);
        if (!decision.passes()) {
            throw new InvalidInputException(texts.blocked(issue, decision, access::mayBrowse));
        }
    }
}
