package dev.postmortem.jira.incident;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.LinkTypeSpec;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.RememberedIds;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.narrative.EnsureNarrativeField;
import dev.postmortem.jira.storage.InMemorySetupObjects;
import dev.postmortem.testsupport.InMemoryClusterLocks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * An incident INC-1 in project INC, a postmortem project PM, the caller "writer", English texts; Jira's services are
 * Mockito doubles at the edge, what setup remembered is the in-memory store.
 */
final class IncidentFixture {

    static final Instant CREATED = Instant.parse("2026-11-24T09:00:00Z");
    static final Instant RESOLVED = Instant.parse("2026-11-24T11:30:00Z");

    final IssueManager issueManager = mock(IssueManager.class);
    final ProjectManager projectManager = mock(ProjectManager.class);
    final PermissionManager permissionManager = mock(PermissionManager.class);
    final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    final UserManager userManager = mock(UserManager.class);
    final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
    final IssueLinkTypeManager issueLinkTypeManager = mock(IssueLinkTypeManager.class);
    final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    final IssueLinkManager issueLinkManager = mock(IssueLinkManager.class);
    final IssueService issueService = mock(IssueService.class);
    final ChangeHistoryManager changeHistoryManager = mock(ChangeHistoryManager.class);
    final CommentManager commentManager = mock(CommentManager.class);
    final InMemorySetupObjects remembered = new InMemorySetupObjects();
    final InMemoryClusterLocks locks = new InMemoryClusterLocks();

    final IssueType postmortemType = mock(IssueType.class);
    final IssueType incidentType = mock(IssueType.class);
    final IssueLinkType incidentLink = mock(IssueLinkType.class);
    final CustomField narrativeField = mock(CustomField.class);
    final Project incidentProject = project(10000L, "INC", "Incidents");
    final Project postmortemProject = project(10100L, "PM", "Postmortems");
    final MutableIssue incident = mock(MutableIssue.class);
    final ApplicationUser writer = user("JIRAUSER1", "Wanda Writer");
    final ApplicationUser assignee = user("JIRAUSER2", "Ada Assignee");
    final ApplicationUser reporter = user("JIRAUSER3", "Rui Reporter");
    final List<ChangeHistory> histories = new ArrayList<>();
    final List<Comment> visibleComments = new ArrayList<>();

    IncidentFixture() {
        this(Locale.ENGLISH);
    }

    IncidentFixture(Locale locale) {
        I18nHelper texts = JiraTexts.i18nHelper(locale);
        when(authenticationContext.getI18nHelper()).thenReturn(texts);
        when(authenticationContext.getLoggedInUser()).thenReturn(writer);
        when(postmortemType.getId()).thenReturn("10600");
        when(incidentType.getId()).thenReturn("10001");
        when(issueTypeManager.getIssueType("10600")).thenReturn(postmortemType);
        when(incidentLink.getId()).thenReturn(10210L);
        when(issueLinkTypeManager.getIssueLinkType(10210L)).thenReturn(incidentLink);
        when(narrativeField.getId()).thenReturn("customfield_10400");
        when(customFieldManager.getCustomFieldObject("customfield_10400")).thenReturn(narrativeField);
        remembered.remember(PostmortemLookup.ISSUE_TYPE_ROLE, "10600");
        remembered.remember(LinkTypeSpec.INCIDENT.role(), "10210");
        remembered.remember(EnsureNarrativeField.SPEC.role(), "customfield_10400");

        when(incidentProject.getIssueTypes()).thenReturn(List.of(incidentType));
        when(postmortemProject.getIssueTypes()).thenReturn(List.of(incidentType, postmortemType));
        when(permissionManager.getProjects(ProjectPermissions.CREATE_ISSUES, writer))
                .thenReturn(List.of(incidentProject, postmortemProject));

        when(incident.getId()).thenReturn(20000L);
        when(incident.getKey()).thenReturn("INC-1");
        when(incident.getSummary()).thenReturn("Checkout returns 502");
        when(incident.getIssueType()).thenReturn(incidentType);
        when(incident.getProjectObject()).thenReturn(incidentProject);
        when(incident.getCreated()).thenReturn(Timestamp.from(CREATED));
        when(incident.getResolutionDate()).thenReturn(Timestamp.from(RESOLVED));
        when(incident.getAssignee()).thenReturn(assignee);
        when(incident.getReporter()).thenReturn(reporter);
        when(issueManager.getIssueObject("INC-1")).thenReturn(incident);
        when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(incident), any()))
                .thenReturn(true);
        when(issueLinkManager.getInwardLinks(20000L)).thenReturn(List.of());
        when(changeHistoryManager.getChangeHistories(incident)).thenReturn(histories);
        when(commentManager.getCommentsForUser(eq(incident), any())).thenReturn(visibleComments);
    }

    IncidentTexts texts() {
        return new IncidentTexts(authenticationContext, mock(DateTimeFormatter.class), userManager);
    }

    IncidentTimeline timeline() {
        return new IncidentTimeline(changeHistoryManager, commentManager, texts());
    }

    PostmortemLookup lookup() {
        return new PostmortemLookup(issueTypeManager, issueLinkTypeManager, customFieldManager,
                new SetupTexts(JiraTexts.english()), new RememberedIds(remembered, Clock.systemUTC()));
    }

    CallerAccess access() {
        return new CallerAccess(issueManager, projectManager, permissionManager, authenticationContext, lookup());
    }

    IncidentPostmortems postmortems() {
        return new IncidentPostmortems(access(), lookup(), permissionManager, issueService, issueLinkManager,
                timeline(), texts(), locks, TestFeatures.allOn());
    }

    ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class, name);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(name);
        when(userManager.getUserByKey(key)).thenReturn(user);
        return user;
    }

    static Project project(long id, String key, String name) {
        Project project = mock(Project.class, key);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
        return project;
    }

    /** A change group with one item. */
    ChangeHistory change(long id, Instant at, ApplicationUser author, String field, String from, String to) {
        ChangeItemBean item = mock(ChangeItemBean.class);
        when(item.getField()).thenReturn(field);
        when(item.getFromString()).thenReturn(from);
        when(item.getToString()).thenReturn(to);
        ChangeHistory history = mock(ChangeHistory.class);
        when(history.getId()).thenReturn(id);
        when(history.getTimePerformed()).thenReturn(Timestamp.from(at));
        when(history.getAuthorObject()).thenReturn(author);
        when(history.getChangeItemBeans()).thenReturn(List.of(item));
        histories.add(history);
        return history;
    }

    /** A comment the caller may see; restricted to a group or a role when those are not null. */
    Comment comment(long id, Instant at, ApplicationUser author, String body, String group, Long roleId) {
        Comment comment = mock(Comment.class, "comment " + id);
        when(comment.getId()).thenReturn(id);
        when(comment.getCreated()).thenReturn(Date.from(at));
        when(comment.getAuthorApplicationUser()).thenReturn(author);
        when(comment.getBody()).thenReturn(body);
        when(comment.getGroupLevel()).thenReturn(group);
        when(comment.getRoleLevelId()).thenReturn(roleId);
        visibleComments.add(comment);
        return comment;
    }
}
