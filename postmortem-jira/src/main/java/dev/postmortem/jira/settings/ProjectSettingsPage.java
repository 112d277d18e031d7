package dev.postmortem.jira.settings;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.DecisionSettingsStore;
import dev.postmortem.jira.storage.SettingsChange;
import dev.postmortem.jira.storage.SettingsChange.Setting;
import dev.postmortem.jira.storage.SettingsChangeLog;
import dev.postmortem.jira.storage.SoakPolicyStore;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the project settings page does, apart from the webwork plumbing ({@link PostmortemProjectSettingsAction}):
 * checks that the caller administers the project, shows the stored settings, and saves a form only when every field
 * is valid, recording one audit row per setting that changed. The policy is written through the store every other
 * feature uses (bean {@code soakPolicyStore}, which invalidates the gate's cache on every node).
 */
public class ProjectSettingsPage {

    /** How many recent changes the page lists. */
    static final int RECENT_CHANGES = 20;

    static final String NOT_FOUND_KEY = "postmortem.jira.settings.notFound";
    static final String ADMIN_KEY = "postmortem.jira.settings.adminRequired";
    static final String LOGIN_KEY = "postmortem.jira.settings.loginRequired";

    private final ProjectManager projectManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final SoakPolicyStore policies;
    private final DecisionSettingsStore decisions;
    private final SettingsChangeLog changes;
    private final ResolutionChoices resolutions;
    private final SettingsTexts texts;
    private final Clock clock;
    private final CallerAccess access;

    /**
     * @param access who may change the settings ({@link CallerAccess#maySetUp}: the project's administrators and
     *               Jira's)
     */
    public ProjectSettingsPage(ProjectManager projectManager, PermissionManager permissionManager,
            JiraAuthenticationContext authenticationContext, SoakPolicyStore policies, DecisionSettingsStore decisions,
            SettingsChangeLog changes, ResolutionChoices resolutions, SettingsTexts texts, Clock clock,
            CallerAccess access) {
        this.projectManager = Objects.requireNonNull(projectManager, "projectManager");
        this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
        this.authenticationContext = Objects.requireNonNull(authenticationContext, "authenticationContext");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.resolutions = Objects.requireNonNull(resolutions, "resolutions");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = Objects.requireNonNull(access, "access");
    }

    /** The page for a GET: the stored settings, or why the caller may not see them. */
    public ProjectSettingsView show(String projectKey) {
        Access access = access(projectKey);
        if (access.denied() != null) {
            return access.denied();
        }
        Project project = access.project();
        ProjectSettingsForm stored = stored(project.getId());
        Optional<List<ResolutionChoices.Choice>> choices = resolutions.all();
        return view(project, stored, Map.of(), false, choices);
    }

    /**
     * The page for a POST: saves the form when every field is valid (one audit row per changed setting), else saves
     * nothing and shows the form as typed with a problem under each wrong field.
     */
    public ProjectSettingsView save(String projectKey, ProjectSettingsForm form) {
        Access access = access(projectKey);
        if (access.denied() != null) {
            return access.denied();
        }
        Project project = access.project();
        long projectId = project.getId();
        Optional<List<ResolutionChoices.Choice>> choices = resolutions.all();
        DecisionSettings oldDecision = decisions.forProject(projectId);
        FormCheck.Result result = FormCheck.check(form,
                choices.map(all -> all.stream().map(ResolutionChoices.Choice::id).collect(Collectors.toSet())),
                oldDecision.notDoingResolutionId());
        if (!result.valid()) {
            return view(project, form, result.problems(), false, choices);
        }
        FormCheck.Settings settings = result.settings().orElseThrow();
        Optional<SoakPolicy> oldPolicy = policies.forProject(projectId);
        String userKey = access.caller().getKey();
        Instant now = clock.instant();
        if (!settings.decision().equals(oldDecision)) {
            decisions.save(projectId, settings.decision());
            audit(projectId, userKey, now, Setting.REMINDER_DAYS, String.valueOf(oldDecision.reminderBusinessDays()),
                    String.valueOf(settings.decision().reminderBusinessDays()));
            audit(projectId, userKey, now, Setting.NOT_DOING_RESOLUTION, oldDecision.notDoingResolutionId().orElse(""),
                    settings.decision().notDoingResolutionId().orElse(""));
        }
        if (!settings.policy().equals(oldPolicy)) {
            settings.policy().ifPresentOrElse(policy -> policies.saveForProject(projectId, policy),
                    () -> policies.removeForProject(projectId));
            SettingsChange.ofPolicy(projectId, userKey, now, oldPolicy, settings.policy()).ifPresent(changes::record);
        }
        return view(project, stored(projectId), Map.of(), true, choices);
    }

    private void audit(long projectId, String userKey, Instant at, Setting setting, String from, String to) {
        if (!from.equals(to)) {
            changes.record(new SettingsChange(projectId, userKey, at, setting, from, to));
        }
    }

    private record Access(Project project, ApplicationUser caller, ProjectSettingsView denied) {
    }

    /**
     * A project the caller cannot browse answers as one that does not exist; one they can browse but not administer
     * says who may change it.
     */
    private Access access(String projectKey) {
        String key = projectKey == null ? "" : projectKey.strip();
        ApplicationUser caller = authenticationContext.getLoggedInUser();
        Project project = key.isEmpty() ? null : projectManager.getProjectObjByKey(key);
        if (project == null || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, caller)) {
            return new Access(null, caller, ProjectSettingsView.denied(key, texts.text(NOT_FOUND_KEY, key)));
        }
        if (caller == null) {
            return new Access(null, null, ProjectSettingsView.denied(key, texts.text(LOGIN_KEY)));
        }
        if (!access.maySetUp(project, caller)) {
            return new Access(null, caller, ProjectSettingsView.denied(key, texts.text(ADMIN_KEY, project.getKey())));
        }
        return new Access(project, caller, null);
    }

    private ProjectSettingsForm stored(long projectId) {
        return ProjectSettingsForm.of(policies.forProject(projectId), siteDefault(), decisions.forProject(projectId));
    }

    private SoakPolicy siteDefault() {
        return policies.siteDefault().orElse(SoakPolicy.DEFAULT);
    }

    private ProjectSettingsView view(Project project, ProjectSettingsForm form, Map<Field, FieldProblem> problems,
            boolean saved, Optional<List<ResolutionChoices.Choice>> choices) {
        long projectId = project.getId();
        ProjectSettingsView.Errors errors = errors(problems);
        String zone = "Z".equals(form.zone()) ? "UTC" : form.zone();
        String preview = errors.any() ? null
                : texts.text("postmortem.jira.settings.preview",
                        texts.dateTime(policies.effectiveFor(projectId).soakEndsAt(clock.instant())));
        List<SettingsChange> recent = changes.recent(projectId, RECENT_CHANGES);
        return new ProjectSettingsView(project.getKey(), project.getName(), null, saved, form.mode(), form.hours(),
                form.days(), zone, zones(zone), days(form.workingDays()), form.holidays(), form.reminderDays(),
                resolutionOptions(choices, form.resolutionId()), choices.isPresent(), errors,
                texts.policy(siteDefault()), preview, rows(recent, choices), recent.size());
    }

    private ProjectSettingsView.Errors errors(Map<Field, FieldProblem> problems) {
        if (problems.isEmpty()) {
            return ProjectSettingsView.Errors.NONE;
        }
        return new ProjectSettingsView.Errors(message(problems, Field.MODE), message(problems, Field.HOURS),
                message(problems, Field.DAYS), message(problems, Field.ZONE), message(problems, Field.WORKING_DAYS),
                message(problems, Field.HOLIDAYS), message(problems, Field.REMINDER_DAYS),
                message(problems, Field.RESOLUTION));
    }

    private String message(Map<Field, FieldProblem> problems, Field field) {
        FieldProblem problem = problems.get(field);
        return problem == null ? null : texts.problem(problem);
    }

    /** Every zone Java knows, sorted; the form's own value too, so a value typed elsewhere is shown, not lost. */
    private static List<String> zones(String current) {
        Set<String> zones = new TreeSet<>(ZoneId.getAvailableZoneIds());
        zones.removeIf(zone -> zone.startsWith("SystemV/"));
        if (!current.isBlank()) {
            zones.add(current);
        }
        return List.copyOf(zones);
    }

    private List<ProjectSettingsView.DayOption> days(Set<String> ticked) {
        List<ProjectSettingsView.DayOption> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(new ProjectSettingsView.DayOption(day.name(), texts.dayName(day), ticked.contains(day.name())));
        }
        return days;
    }

    private static List<ProjectSettingsView.ResolutionOption> resolutionOptions(
            Optional<List<ResolutionChoices.Choice>> choices, String selected) {
        return choices.orElse(List.of()).stream()
                .map(c -> new ProjectSettingsView.ResolutionOption(c.id(), c.name(), c.id().equals(selected)))
                .toList();
    }

    private List<ProjectSettingsView.ChangeRow> rows(List<SettingsChange> recent,
            Optional<List<ResolutionChoices.Choice>> choices) {
        return recent.stream().map(change -> new ProjectSettingsView.ChangeRow(texts.dateTime(change.at()),
                change.at().toString(), texts.userName(change.userKey()),
                texts.text("postmortem.jira.settings.setting." + change.setting().name()),
                value(change.setting(), change.oldValue(), choices), value(change.setting(), change.newValue(), choices)))
                .toList();
    }

    private String value(Setting setting, String stored, Optional<List<ResolutionChoices.Choice>> choices) {
        return switch (setting) {
            case SOAK_POLICY -> AuditValues.wordPolicy(stored, texts);
            case REMINDER_DAYS -> {
                try {
                    yield texts.text("postmortem.jira.settings.reminderDays", Integer.parseInt(stored));
                } catch (NumberFormatException e) {
                    yield stored;
                }
            }
            case NOT_DOING_RESOLUTION -> stored.isEmpty() ? texts.text("postmortem.jira.settings.changes.none")
                    : choices.orElse(List.of()).stream().filter(c -> c.id().equals(stored))
                            .map(ResolutionChoices.Choice::name).findFirst()
                            .orElseGet(() -> texts.text("postmortem.jira.settings.resolutionGone", stored));
        };
    }
}
