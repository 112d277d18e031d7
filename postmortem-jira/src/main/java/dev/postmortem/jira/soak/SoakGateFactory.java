package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import dev.postmortem.jira.host.PostmortemLookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of the soak condition and validator (one factory for both: same settings). Velocity parameters
 * for the input, edit and view templates, and the descriptor args from the submitted form.
 *
 * <p>Jira gives a plugin factory no error collection ({@link #getDescriptorParams} goes straight into the descriptor),
 * so whatever the form lets through is saved as typed, shown back with a translated problem, and keeps the gate
 * closed until corrected: docs/adr/0007-soak-gate-fails-closed.md.
 */
public class SoakGateFactory extends AbstractWorkflowPluginFactory
        implements WorkflowPluginConditionFactory, WorkflowPluginValidatorFactory {

    static final String PARAM_SOAK = "soak";
    static final String PARAM_LINK_TYPES = "linkTypes";

    private final IssueLinkTypeManager issueLinkTypeManager;
    private final PostmortemLookup postmortemLookup;
    private final SoakTexts texts;

    public SoakGateFactory(IssueLinkTypeManager issueLinkTypeManager, PostmortemLookup postmortemLookup,
            SoakTexts texts) {
        this.issueLinkTypeManager = Objects.requireNonNull(issueLinkTypeManager, "issueLinkTypeManager");
        this.postmortemLookup = Objects.requireNonNull(postmortemLookup, "postmortemLookup");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        String defaultLinkType = postmortemLookup.actionLinkType()
                .map(type -> String.valueOf(type.getId()))
                .orElse("");
        Map<String, String> defaults = Map.of(
                GateSettings.ARG_SOURCE, GateSettings.SOURCE_PROJECT,
                GateSettings.ARG_HOURS, "",
                GateSettings.ARG_LINK_TYPE, defaultLinkType,
                GateSettings.ARG_PASS_WITHOUT, "false");
        velocityParams.put(PARAM_SOAK, view(defaults, false));
        velocityParams.put(PARAM_LINK_TYPES, linkTypeOptions(defaultLinkType));
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        Map<?, ?> args = argsOf(descriptor);
        velocityParams.put(PARAM_SOAK, view(args, true));
        velocityParams.put(PARAM_LINK_TYPES, linkTypeOptions(GateSettings.value(args, GateSettings.ARG_LINK_TYPE)));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put(PARAM_SOAK, view(argsOf(descriptor), true));
    }

    /** The form's values as descriptor args, as typed (stripped): checking happens on view/edit and in the gate. */
    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Map<String, String> args = new LinkedHashMap<>();
        String source = single(formParams, GateSettings.ARG_SOURCE);
        args.put(GateSettings.ARG_SOURCE, source.isEmpty() ? GateSettings.SOURCE_PROJECT : source);
        args.put(GateSettings.ARG_HOURS, single(formParams, GateSettings.ARG_HOURS));
        args.put(GateSettings.ARG_LINK_TYPE, single(formParams, GateSettings.ARG_LINK_TYPE));
        // An unchecked checkbox is not submitted at all.
        args.put(GateSettings.ARG_PASS_WITHOUT,
                Boolean.toString(Boolean.parseBoolean(single(formParams, GateSettings.ARG_PASS_WITHOUT))));
        return args;
    }

    /** The translated problems of these args; empty when the gate can use them. */
    List<String> problems(Map<?, ?> args) {
        GateSettings.Parsed parsed = GateSettings.parse(args);
        if (parsed instanceof GateSettings.Invalid invalid) {
            return List.of(texts.problem(invalid.problem()));
        }
        long linkTypeId = ((GateSettings.Valid) parsed).settings().linkTypeId();
        if (issueLinkTypeManager.getIssueLinkType(linkTypeId) == null) {
            return List.of(texts.problem(GateProblem.of("postmortem.jira.soak.problem.linkTypeMissing",
                    Long.toString(linkTypeId))));
        }
        return List.of();
    }

    private SoakConfigView view(Map<?, ?> args, boolean check) {
        String linkTypeId = GateSettings.value(args, GateSettings.ARG_LINK_TYPE);
        String linkTypeName = linkTypeId;
        try {
            IssueLinkType type = linkTypeId.isEmpty() ? null : issueLinkTypeManager.getIssueLinkType(Long.valueOf(linkTypeId));
            if (type != null) {
                linkTypeName = type.getName();
            }
        } catch (NumberFormatException e) {
            // Shown as typed; problems() reports it.
            linkTypeName = linkTypeId;
        }
        return new SoakConfigView(
                !GateSettings.SOURCE_HOURS.equals(GateSettings.value(args, GateSettings.ARG_SOURCE)),
                GateSettings.value(args, GateSettings.ARG_HOURS),
                linkTypeId,
                linkTypeName,
                Boolean.parseBoolean(GateSettings.value(args, GateSettings.ARG_PASS_WITHOUT)),
                check ? problems(args) : List.of());
    }

    private List<LinkTypeOption> linkTypeOptions(String selectedId) {
        List<LinkTypeOption> options = new ArrayList<>();
        issueLinkTypeManager.getIssueLinkTypes().stream()
                .sorted(Comparator.comparing(IssueLinkType::getName, String.CASE_INSENSITIVE_ORDER))
                .forEach(type -> {
                    String id = String.valueOf(type.getId());
                    options.add(new LinkTypeOption(id, type.getName(), id.equals(selectedId)));
                });
        return options;
    }

    private static Map<?, ?> argsOf(AbstractDescriptor descriptor) {
        if (descriptor instanceof ConditionDescriptor condition) {
            return condition.getArgs();
        }
        if (descriptor instanceof ValidatorDescriptor validator) {
            return validator.getArgs();
        }
        return Map.of();
    }

    /** Form values arrive as String[] (one element per submitted value) or, from some callers, as a String. */
    private static String single(Map<String, Object> formParams, String name) {
        Object value = formParams == null ? null : formParams.get(name);
        if (value instanceof String[] values) {
            return values.length == 0 || values[0] == null ? "" : values[0].strip();
        }
        return value == null ? "" : value.toString().strip();
    }
}
