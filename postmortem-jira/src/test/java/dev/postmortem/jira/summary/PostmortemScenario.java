package dev.postmortem.jira.summary;

import com.atlassian.jira.bc.issue.comment.CommentService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import dev.postmortem.core.narrative.FailureClass;
import dev.postmortem.core.narrative.Impact;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.NarrativeJson;
import dev.postmortem.core.narrative.PersonalAccount;
import dev.postmortem.core.narrative.TimelineEntry;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.RestCalls;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.narrative.EnsureNarrativeField;
import dev.postmortem.jira.narrative.PostmortemFields;
import dev.postmortem.jira.process.ProcessPanel;
import dev.postmortem.jira.process.ProcessViewFixture;
import dev.postmortem.jira.screens.JiraTemplates;
import dev.postmortem.jira.setup.EnsureDebriefHeldAtField;
import dev.postmortem.jira.setup.Lookups;
import dev.postmortem.jira.decision.DecidableActions;
import dev.postmortem.jira.storage.InMemoryDecisionSettingsStore;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.InMemorySoakPolicyStore;
import dev.postmortem.jira.storage.ProcessEventLog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A Jira with postmortems, mocked at the host edge only: issues, links, permissions, users and fields are Mockito
 * mocks of the host interfaces; everything of ours (lookup, fields, assembler, resources) is real. The
 * {@link #inc42()} postmortem holds exactly what the core's shared {@code full-v1} summary fixture describes.
 */
public final class PostmortemScenario {

    public static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    static final long LINK_TYPE_ID = 10100L;
    static final long INCIDENT_LINK_TYPE_ID = 10101L;

    public final IssueManager issueManager = mock(IssueManager.class);
    public final ProjectManager projectManager = mock(ProjectManager.class);
    public final PermissionManager permissionManager = mock(PermissionManager.class);
    public final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    public final IssueLinkManager issueLinkManager = mock(IssueLinkManager.class);
    public final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    public final UserManager userManager = mock(UserManager.class);
    public final CommentService commentService = mock(CommentService.class);
    public final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    public final InMemorySoakPolicyStore soakPolicies = new InMemorySoakPolicyStore();
    public final ApplicationUser caller = user("JIRAUSER10500", "Casey Caller");
    /** Finding the Postmortem issue type reads all types from here. */
    public final IssueTypeManager issueTypes = mock(IssueTypeManager.class);

    public final IssueType postmortemType = issueType("10800", "Postmortem");
    public final IssueType taskType = issueType("10002", "Task");
    public final CustomField narrativeField = field("customfield_10400", EnsureNarrativeField.TYPE_KEY);
    public final CustomField debriefField = field("customfield_10401", EnsureDebriefHeldAtField.DATETIME_TYPE_KEY);
    public final UserMessages messages = new UserMessages(JiraTexts.english());
    public final PostmortemLookup lookup;
    public final CallerAccess access;
    public final SummaryAssembler assembler;
    /** Resource methods called as the REST stack calls them, errors through its exception mapper. */
    public final RestCalls rest = new RestCalls(messages);

    /** The process log the summary reads recorded drops from (an in-memory twin unless a test shares its own). */
    public final ProcessEventLog events;
    public final InMemoryDecisionSettingsStore decisionSettings = new InMemoryDecisionSettingsStore();
    public final DecidableActions decidableActions;
    private final Map<Long, List<IssueLink>> actionLinks = new HashMap<>();
    private final Map<Long, List<IssueLink>> incidentLinks = new HashMap<>();

    public PostmortemScenario() {
        this(new InMemoryProcessEventLog());
    }

    /** @param events the process log, shared with a test's process view so the panel's two parts read one log */
    public PostmortemScenario(ProcessEventLog events) {
        this.events = events;
        SetupTexts texts = new SetupTexts(JiraTexts.english());
        when(issueTypes.getIssueTypes()).thenReturn(List.of(taskType, postmortemType));
        IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
        IssueLinkType actionLinks = mock(IssueLinkType.class);
        when(actionLinks.getId()).thenReturn(LINK_TYPE_ID);
        when(linkTypes.getIssueLinkTypesByName("Postmortem action")).thenReturn(List.of(actionLinks));
        IssueLinkType incidentLinks = mock(IssueLinkType.class);
        when(incidentLinks.getId()).thenReturn(INCIDENT_LINK_TYPE_ID);
        when(linkTypes.getIssueLinkTypesByName("Postmortem")).thenReturn(List.of(incidentLinks));
        lookup = Lookups.of(issueTypes, linkTypes, customFieldManager, texts);

        when(customFieldManager.getCustomFieldObjectsByName("Debrief narrative")).thenReturn(List.of(narrativeField));
        when(customFieldManager.getCustomFieldObjectsByName("Debrief held at")).thenReturn(List.of(debriefField));
        when(authentication.getLoggedInUser()).thenReturn(caller);
        when(applicationProperties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/");

        access = new CallerAccess(issueManager, projectManager, permissionManager, authentication, lookup);
        PostmortemContent content = new PostmortemContent(new PostmortemFields(lookup), userManager);
        decidableActions = new DecidableActions(issueLinkManager, lookup, events);
        VisibleActions actions = new VisibleActions(permissionManager, decidableActions, decisionSettings,
                commentService, TestFeatures.allOn());
        assembler = new SummaryAssembler(content, actions, soakPolicies, applicationProperties,
                Clock.fixed(NOW, ZoneOffset.UTC), new LinkedIncidents(issueLinkManager, lookup, permissionManager));
    }

    public SummaryResource summaryResource() {
        return new SummaryResource(access, assembler);
    }

    /**
     * The postmortem panel as Jira renders it for {@code issue}: the real template, the summary from this scenario
     * and the Process part from {@code process}, for a viewer in {@code locale} and Berlin time.
     */
    public String panelHtml(Locale locale, MutableIssue issue, ProcessViewFixture process) {
        LocaleResolver locales = mock(LocaleResolver.class);
        TimeZoneManager timeZones = mock(TimeZoneManager.class);
        when(locales.getLocale()).thenReturn(locale);
        when(timeZones.getUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        ProcessPanel processPanel = new ProcessPanel(process.processes, issueManager, process.texts,
                Clock.fixed(NOW, ZoneOffset.UTC), decidableActions, decisionSettings);
        SummaryPanelContextProvider provider = new SummaryPanelContextProvider(assembler, access, locales, timeZones,
                processPanel);
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        return JiraTemplates.render("/templates/jira/summary/summary-panel.vm", locale, provider.getContextMap(context));
    }

    /**
     * The postmortem of the core's full-v1 summary fixture, visible to the caller with its four actions and the
     * incident INC-41 it is the postmortem of.
     */
    public MutableIssue inc42() {
        MutableIssue issue = issue(42L, "INC-42", "Checkout-Ausfall: Zahlungsdienst überlastet 💳", postmortemType,
                "In Nachbesprechung", "indeterminate", null);
        when(issue.getProjectId()).thenReturn(10000L);
        when(issue.getCustomFieldValue(narrativeField)).thenReturn(NarrativeJson.write(fullNarrative()));
        when(issue.getCustomFieldValue(debriefField))
                .thenReturn(Timestamp.from(Instant.parse("2026-11-20T14:00:00Z")));
        user("JIRAUSER10100", "Jürgen Weiß");
        user("JIRAUSER10101", "PagerDuty");
        user("JIRAUSER10102", "Zoë O'Brien");
        visible(issue, true);

        MutableIssue act1 = issue(101L, "ACT-1", "Add a pool-size check to the config linter", taskType, "Offen", "new",
                null);
        MutableIssue act2 = issue(102L, "ACT-2", "Alert on DB connection saturation above 80 %", taskType, "In Arbeit",
                "indeterminate", null);
        MutableIssue act3 = issue(103L, "ACT-3", "Make staging's DB limits match production", taskType, "Geschlossen",
                "done", "Won't Do");
        MutableIssue act4 = issue(104L, "ACT-4", "Document rollback with schema steps", taskType, "Erledigt", "done",
                "Done");
        for (MutableIssue action : List.of(act1, act2, act3, act4)) {
            visible(action, true);
        }
        Comment older = comment("We will look into this.");
        Comment reason = comment("Staging shares a cluster with other teams; the linter check covers the risk.");
        when(commentService.getCommentsForUser(caller, act3)).thenReturn(List.of(older, reason));
        linkActions(issue, act1, act2, act3, act4);
        MutableIssue incident = issue(41L, "INC-41", "Checkout down", taskType, "Resolved", "done", "Done");
        visible(incident, true);
        linkIncidents(issue, incident);
        return issue;
    }

    public static Narrative fullNarrative() {
        return new Narrative(
                "A configuration change doubled the connection pool of the payment service.\n"
                        + "The database ran out of connections within minutes.\n\n"
                        + "Checkout failed for 47 minutes until the change was rolled back.",
                new Impact(Instant.parse("2026-11-19T09:12:00Z"), Instant.parse("2026-11-19T09:59:30Z"),
                        Instant.parse("2026-11-19T09:20:00Z"), "SEV2",
                        "About 3 400 checkouts failed; customers in Österreich and Schweiz saw error pages."),
                List.of(new TimelineEntry(Instant.parse("2026-11-19T09:05:00Z"),
                                "Config change deployed with the weekly release.", "JIRAUSER10100"),
                        new TimelineEntry(Instant.parse("2026-11-19T09:20:00Z"), "Error-rate alert fired; on-call paged.",
                                "JIRAUSER10101"),
                        new TimelineEntry(Instant.parse("2026-11-19T09:41:00Z"), "Pool size identified as the trigger 🔍"),
                        new TimelineEntry(Instant.parse("2026-11-19T09:59:30Z"), "Rollback complete; checkout recovered.",
                                "JIRAUSER10102")),
                List.of(new PersonalAccount("JIRAUSER10100", "Jürgen Weiß", "Release manager",
                                "The change was reviewed and green in staging.", "Deployed the release at 09:05 as planned.",
                                "Staging has the same pool limits, so a green run meant the change was safe."),
                        new PersonalAccount("JIRAUSER10102", "Zoë O'Brien", "On-call engineer",
                                "Alert: checkout error rate 38 %.\nDashboards showed DB connections at the limit.",
                                "Rolled back the release.",
                                "Rolling back is our fastest safe step when a release correlates with errors."),
                        new PersonalAccount("JIRAUSER10103", "Øyvind Ærøsund", "",
                                "Customer tickets about failed payments.", "Posted a status page update.",
                                "Customers needed to know we were on it ✅")),
                List.of("Staging's database allows more connections than production's.",
                        "The pool size is not covered by the config linter."),
                "Connection limits differ between environments; a green staging run does not prove pool changes safe.\n\n"
                        + "Rollback took 18 minutes because the release had a schema step.",
                FailureClass.CONTROLLABLE);
    }

    /** The postmortem of the core's minimal-v1 fixture: nothing written, no debrief, no actions. */
    public MutableIssue inc7() {
        MutableIssue issue = issue(7L, "INC-7", "Search slow for some users", postmortemType, "Open", "new", null);
        when(issue.getProjectId()).thenReturn(10000L);
        visible(issue, true);
        return issue;
    }

    public MutableIssue issue(long id, String key, String summary, IssueType type, String statusName, String category,
            String resolutionName) {
        MutableIssue issue = mock(MutableIssue.class, key);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getIssueType()).thenReturn(type);
        Status status = mock(Status.class);
        when(status.getName()).thenReturn(statusName);
        StatusCategory statusCategory = mock(StatusCategory.class);
        when(statusCategory.getKey()).thenReturn(category);
        when(status.getStatusCategory()).thenReturn(statusCategory);
        when(issue.getStatus()).thenReturn(status);
        if (resolutionName != null) {
            Resolution resolution = mock(Resolution.class);
            when(resolution.getName()).thenReturn(resolutionName);
            when(issue.getResolution()).thenReturn(resolution);
        }
        when(issueManager.getIssueObject(key)).thenReturn(issue);
        return issue;
    }

    public void visible(MutableIssue issue, boolean browsable) {
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, caller)).thenReturn(browsable);
    }

    /** Links the postmortem to these actions ("has action"), replacing its earlier action links. */
    public void linkActions(MutableIssue postmortem, MutableIssue... actions) {
        actionLinks.put(postmortem.getId(), links(LINK_TYPE_ID, actions));
        stubOutwardLinks(postmortem);
    }

    /** Links the postmortem to these incidents ("is postmortem of"), replacing its earlier incident links. */
    public void linkIncidents(MutableIssue postmortem, MutableIssue... incidents) {
        incidentLinks.put(postmortem.getId(), links(INCIDENT_LINK_TYPE_ID, incidents));
        stubOutwardLinks(postmortem);
    }

    private void stubOutwardLinks(MutableIssue postmortem) {
        List<IssueLink> all = new ArrayList<>(actionLinks.getOrDefault(postmortem.getId(), List.of()));
        all.addAll(incidentLinks.getOrDefault(postmortem.getId(), List.of()));
        when(issueLinkManager.getOutwardLinks(postmortem.getId())).thenReturn(all);
    }

    private static List<IssueLink> links(long typeId, MutableIssue... destinations) {
        List<IssueLink> links = new ArrayList<>();
        for (MutableIssue destination : destinations) {
            IssueLink link = mock(IssueLink.class);
            when(link.getLinkTypeId()).thenReturn(typeId);
            when(link.getDestinationObject()).thenReturn(destination);
            links.add(link);
        }
        return links;
    }

    public Project project(long id, String key) {
        Project project = mock(Project.class, key);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(projectManager.getProjectObjByKey(key)).thenReturn(project);
        return project;
    }

    private ApplicationUser user(String key, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class, displayName);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(displayName);
        when(userManager.getUserByKey(key)).thenReturn(user);
        return user;
    }

    private static IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class, name);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }

    private static CustomField field(String id, String typeKey) {
        CustomField field = mock(CustomField.class, id);
        when(field.getId()).thenReturn(id);
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        doReturn(type).when(field).getCustomFieldType();
        return field;
    }

    private static Comment comment(String body) {
        Comment comment = mock(Comment.class);
        when(comment.getBody()).thenReturn(body);
        return comment;
    }
}
