package dev.postmortem.jira.admin;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ConditionsDescriptor;
import com.opensymphony.workflow.loader.RestrictionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.CustomFieldSpec;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.narrative.EnsureNarrativeField;
import dev.postmortem.jira.screens.Viewer;
import dev.postmortem.jira.setup.EnsureDebriefHeldAtField;
import dev.postmortem.jira.setup.Lookups;
import dev.postmortem.jira.setup.PostmortemSetup;
import dev.postmortem.jira.setup.SetupStep;
import dev.postmortem.jira.setup.StepResult;
import dev.postmortem.jira.soak.SoakCondition;
import dev.postmortem.jira.soak.SoakValidator;
import dev.postmortem.jira.storage.InMemorySoakPolicyStore;
import dev.postmortem.testsupport.InMemoryClusterLocks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A Jira for the administration page: the viewer (an administrator unless a test says otherwise), what setup
 * created (by the ids it remembered), the stores, the features, a setup run and the active workflows, all doubles.
 */
final class AdminFixture {

    final Viewer viewer;
    final GlobalPermissionManager permissions = mock(GlobalPermissionManager.class);
    final InMemorySoakPolicyStore policies = new InMemorySoakPolicyStore();
    final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    final CustomFieldManager fields = mock(CustomFieldManager.class);
    final Map<String, String> remembered = new HashMap<>();
    final List<JiraWorkflow> workflows = new ArrayList<>();
    final WorkflowManager workflowManager = mock(WorkflowManager.class);
    /** What the setup run reports, step id to result; the run records that it ran. */
    final Map<String, StepResult> setupResults = new java.util.LinkedHashMap<>();
    int setupRuns;
    OptionalFeatures features = TestFeatures.allOn();

    AdminFixture(Locale locale) {
        viewer = new Viewer(locale);
        when(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, viewer.user)).thenReturn(true);
        when(workflowManager.getActiveWorkflows()).thenReturn(workflows);
        when(issueTypes.getIssueTypes()).thenReturn(List.of());
        when(linkTypes.getIssueLinkTypesByName(anyString())).thenReturn(List.of());
        when(fields.getCustomFieldObjectsByName(anyString())).thenReturn(List.of());
    }

    /** Everything setup manages is there under its own name, remembered by id, and the site default is saved. */
    AdminFixture allInPlace() {
        issueType("10100", "Postmortem");
        linkType(10200L, "Postmortem action");
        field(EnsureDebriefHeldAtField.SPEC, "customfield_10300", "Debrief held at");
        field(EnsureNarrativeField.SPEC, "customfield_10301", "Debrief narrative");
        policies.saveSiteDefault(dev.postmortem.core.soak.SoakPolicy.DEFAULT);
        return this;
    }

    void notAnAdmin() {
        when(permissions.hasPermission(any(), any())).thenReturn(false);
    }

    IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(issueTypes.getIssueType(id)).thenReturn(type);
        remembered.put(PostmortemLookup.ISSUE_TYPE_ROLE, id);
        return type;
    }

    IssueLinkType linkType(long id, String name) {
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(linkTypes.getIssueLinkType(id)).thenReturn(type);
        remembered.put(PostmortemLookup.LINK_TYPE_ROLE, String.valueOf(id));
        return type;
    }

    /** Setup remembered this link type, and an administrator deleted it since. */
    void linkTypeDeleted(long id) {
        when(linkTypes.getIssueLinkType(anyLong())).thenReturn(null);
        remembered.put(PostmortemLookup.LINK_TYPE_ROLE, String.valueOf(id));
    }

    CustomField field(CustomFieldSpec spec, String id, String name) {
        CustomField field = mock(CustomField.class);
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(spec.typeKey());
        when(field.getId()).thenReturn(id);
        when(field.getName()).thenReturn(name);
        when(field.getCustomFieldType()).thenAnswer(call -> type);
        when(fields.getCustomFieldObject(id)).thenReturn(field);
        remembered.put(spec.role(), id);
        return field;
    }

    /** A field setup never created or adopted, and none of that name exists. */
    void fieldMissing(CustomFieldSpec spec) {
        remembered.remove(spec.role());
    }

    JiraWorkflow workflow(String name, ActionDescriptor... actions) {
        JiraWorkflow workflow = mock(JiraWorkflow.class);
        when(workflow.getName()).thenReturn(name);
        when(workflow.getAllActions()).thenReturn(List.of(actions));
        workflows.add(workflow);
        return workflow;
    }

    /** A transition with the soak condition (nested in an AND group when asked), the validator, or neither. */
    static ActionDescriptor transition(String name, boolean condition, boolean validator) {
        return transition(name, condition ? List.of(condition(SoakCondition.class.getName())) : List.of(),
                validator ? List.of(validator(SoakValidator.class.getName())) : List.of());
    }

    static ActionDescriptor transition(String name, List<?> conditions, List<?> validators) {
        ActionDescriptor action = mock(ActionDescriptor.class);
        when(action.getName()).thenReturn(name);
        RestrictionDescriptor restriction = mock(RestrictionDescriptor.class);
        ConditionsDescriptor root = group(conditions);
        when(restriction.getConditionsDescriptor()).thenReturn(root);
        when(action.getRestriction()).thenReturn(conditions.isEmpty() ? null : restriction);
        when(action.getValidators()).thenReturn(validators);
        return action;
    }

    static ConditionsDescriptor group(List<?> conditions) {
        ConditionsDescriptor group = mock(ConditionsDescriptor.class);
        when(group.getConditions()).thenReturn(conditions);
        return group;
    }

    static ConditionDescriptor condition(String className) {
        ConditionDescriptor condition = mock(ConditionDescriptor.class);
        when(condition.getArgs()).thenReturn(Map.of("class.name", className));
        return condition;
    }

    static ValidatorDescriptor validator(String className) {
        ValidatorDescriptor validator = mock(ValidatorDescriptor.class);
        when(validator.getArgs()).thenReturn(Map.of("class.name", className));
        return validator;
    }

    AdminTexts texts() {
        return new AdminTexts(viewer.authenticationContext);
    }

    SetupOverview overview() {
        SetupTexts setupTexts = new SetupTexts(JiraTexts.english());
        PostmortemLookup lookup = Lookups.remembering(issueTypes, linkTypes, fields, setupTexts, remembered);
        return new SetupOverview(lookup, setupTexts, policies, features, texts());
    }

    PostmortemSetup setup() {
        List<SetupStep> steps = new ArrayList<>();
        steps.add(new SetupStep() {
            @Override
            public String id() {
                return "issue-type";
            }

            @Override
            public StepResult ensure() {
                setupRuns++;
                return setupResults.getOrDefault(id(), StepResult.unchanged("postmortem.jira.setup.issueType.present",
                        "Postmortem", "10100"));
            }
        });
        for (String id : List.of("link-type", "debrief-held-at-field", "default-soak-policy")) {
            steps.add(new SetupStep() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public StepResult ensure() {
                    return setupResults.getOrDefault(id, StepResult.unchanged("postmortem.jira.setup.policy.present"));
                }
            });
        }
        return new PostmortemSetup(locks, steps, new SetupTexts(JiraTexts.english()), Duration.ofMillis(10));
    }

    AdminPage page() {
        return new AdminPage(new AdminAccess(permissions, viewer.authenticationContext), texts(), policies, setup(),
                overview(), new GateScan(workflowManager));
    }
}
