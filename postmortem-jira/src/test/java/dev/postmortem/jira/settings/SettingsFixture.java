package dev.postmortem.jira.settings;

import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.PostmortemLookup;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.screens.Viewer;
import dev.postmortem.jira.storage.InMemoryDecisionSettingsStore;
import dev.postmortem.jira.storage.InMemorySettingsChangeLog;
import dev.postmortem.jira.storage.InMemorySoakPolicyStore;
import dev.postmortem.testsupport.MutableClock;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The settings page over the in-memory stores and Mockito doubles of Jira: project INC (id 10000), a viewer who
 * administers it (unless told otherwise), Jira's resolutions Fixed (1), Won't Do (10000) and Duplicate (3), and a
 * clock on Thursday 3 December 2026, 10:00 UTC.
 */
final class SettingsFixture {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final long PROJECT_ID = 10000L;

    final Viewer viewer;
    final MutableClock clock = new MutableClock(NOW);
    final InMemorySoakPolicyStore policies = new InMemorySoakPolicyStore();
    final InMemoryDecisionSettingsStore decisions = new InMemoryDecisionSettingsStore();
    final InMemorySettingsChangeLog changes = new InMemorySettingsChangeLog();
    final ProjectManager projects = mock(ProjectManager.class);
    final PermissionManager permissions = mock(PermissionManager.class);
    final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    final UserManager users = mock(UserManager.class);
    final ResolutionManager resolutionManager = mock(ResolutionManager.class);
    final Project project = mock(Project.class);
    OptionalFeatures features = TestFeatures.allOn();

    SettingsFixture(Locale locale) {
        viewer = new Viewer(locale);
        when(viewer.user.getKey()).thenReturn("JIRAUSER10100");
        when(viewer.user.getDisplayName()).thenReturn("Grace Hopper");
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(viewer.user);
        when(project.getId()).thenReturn(PROJECT_ID);
        when(project.getKey()).thenReturn("INC");
        when(project.getName()).thenReturn("Incidents");
        when(projects.getProjectObjByKey("INC")).thenReturn(project);
        browse(true);
        administer(true);
        List<Resolution> all = List.of(resolution("1", "Fixed"), resolution("10000", "Won\u2019t Do"),
                resolution("3", "Duplicate"));
        when(resolutionManager.getResolutions()).thenReturn(all);
    }

    SettingsFixture() {
        this(Locale.ENGLISH);
    }

    void browse(boolean may) {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, viewer.user)).thenReturn(may);
    }

    void administer(boolean may) {
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, viewer.user)).thenReturn(may);
    }

    void anonymous() {
        when(viewer.authenticationContext.getLoggedInUser()).thenReturn(null);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, null)).thenReturn(true);
    }

    ProjectSettingsPage page() {
        return new ProjectSettingsPage(projects, permissions, viewer.authenticationContext, policies, decisions,
                changes, new ResolutionChoices(features, resolutionManager),
                new SettingsTexts(viewer.authenticationContext, viewer.formatter, users), clock,
                new CallerAccess(mock(IssueManager.class), projects, permissions, viewer.authenticationContext,
                        mock(PostmortemLookup.class), globalPermissions));
    }

    /** A form as the browser sends it: every field, the boxes ticked. */
    static Map<String, String[]> form(String... nameValues) {
        Map<String, String[]> form = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            form.merge(nameValues[i], new String[] {nameValues[i + 1]}, (a, b) -> {
                String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                return both;
            });
        }
        return form;
    }

    /** A full, valid business-days form, with the given fields replaced or added. */
    static Map<String, String[]> businessDays(String... overrides) {
        Map<String, String[]> form = form("soakMode", "BUSINESS_DAYS", "days", "3", "zone", "Europe/Berlin",
                "workingDays", "MONDAY", "workingDays", "TUESDAY", "workingDays", "WEDNESDAY",
                "workingDays", "THURSDAY", "workingDays", "FRIDAY", "holidays", "2026-12-24\n2026-12-25",
                "reminderDays", "5", "notDoingResolution", "10000");
        form.putAll(form(overrides));
        return form;
    }

    static ProjectSettingsForm read(Map<String, String[]> form) {
        return ProjectSettingsForm.read(form::get);
    }

    private static Resolution resolution(String id, String name) {
        Resolution resolution = mock(Resolution.class);
        when(resolution.getId()).thenReturn(id);
        when(resolution.getName()).thenReturn(name);
        return resolution;
    }

    ApplicationUser user() {
        return viewer.user;
    }
}
