package dev.postmortem.jira.incident;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import dev.postmortem.core.narrative.Impact;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.NarrativeJson;
import dev.postmortem.core.narrative.NarrativeLimits;
import dev.postmortem.core.narrative.NarrativeValidator;
import dev.postmortem.core.narrative.PersonalAccount;
import dev.postmortem.core.narrative.Problem;
import dev.postmortem.core.narrative.TimelineEntry;
import dev.postmortem.core.narrative.TimelineSource;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.LinkTypeSpec;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.RestProblem;
import dev.postmortem.jira.narrative.EnsureNarrativeField;
import jakarta.ws.rs.core.Response.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Create postmortem" on an incident: what it proposes, and saving it as the caller.
 *
 * <p>Permissions: the caller must be logged in and browse the incident (else 404, as for an unknown key), and may
 * create the postmortem only in a project where they have Create Issues and that has the Postmortem issue type; the
 * issue is then created through {@link IssueService} as the caller, so Jira's own checks (required fields, field
 * limits) apply too. The link to the incident is made by the app once the caller could create the postmortem.
 *
 * <p>Rows marked as recorded by Jira are taken from a fresh seed, never from the request: a row keeps its source only
 * when its ref, time and text are those Jira recorded for this caller now; an edited row is the writer's own
 * (docs/adr/0023-seeded-timeline-from-an-incident.md). One postmortem per incident: the check and the creation run
 * under a cluster lock per incident.
 */
public class IncidentPostmortems {

    public static final int MAX_PROJECTS = 200;
    public static final int MAX_PARTICIPANTS = 50;
    static final String LOCK_PREFIX = "dev.postmortem.postmortem-jira.incident.";
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(IncidentPostmortems.class);

    static final String NOT_FOUND = "postmortem.jira.rest.issue.notFound";
    static final String OFF = "postmortem.jira.incident.error.off";
    static final String IS_POSTMORTEM = "postmortem.jira.incident.error.isPostmortem";
    static final String EXISTS = "postmortem.jira.incident.error.exists";
    static final String EXISTS_HIDDEN = "postmortem.jira.incident.error.existsHidden";
    static final String BUSY = "postmortem.jira.incident.error.busy";
    static final String PROJECT = "postmortem.jira.incident.error.project";
    static final String NOT_SET_UP = "postmortem.jira.incident.error.notSetUp";
    static final String SUMMARY_REQUIRED = "postmortem.jira.incident.error.summaryRequired";
    static final String SUMMARY_TOO_LONG = "postmortem.jira.incident.error.summaryTooLong";
    static final String PARTICIPANT = "postmortem.jira.incident.error.participant";
    static final String ROW_SOURCE = "postmortem.jira.incident.error.rowSource";
    static final String JIRA_SAYS = "postmortem.jira.incident.error.jira";
    static final int MAX_SUMMARY = 255;

    private final CallerAccess access;
    private final PostmortemLookup lookup;
    private final PermissionManager permissionManager;
    private final IssueService issueService;
    private final IssueLinkManager issueLinkManager;
    private final IncidentTimeline timeline;
    private final IncidentTexts texts;
    private final ClusterLockService clusterLockService;
    private final OptionalFeatures features;

    public IncidentPostmortems(CallerAccess access, PostmortemLookup lookup, PermissionManager permissionManager,
            IssueService issueService, IssueLinkManager issueLinkManager, IncidentTimeline timeline,
            IncidentTexts texts, ClusterLockService clusterLockService, OptionalFeatures features) {
        this.access = access;
        this.lookup = lookup;
        this.permissionManager = permissionManager;
        this.issueService = issueService;
        this.issueLinkManager = issueLinkManager;
        this.timeline = timeline;
        this.texts = texts;
        this.clusterLockService = clusterLockService;
        this.features = features;
    }

    /** Whether the feature can run at all (its host services are there). */
    public boolean isOn() {
        return features.isOn(OptionalFeatures.Feature.INCIDENT_POSTMORTEM);
    }

    /** The incident for a logged-in caller who may browse it; 404 otherwise, 400 for a postmortem. */
    public Issue incident(String issueKey) {
        if (!isOn()) {
            throw RestProblem.of(Status.NOT_FOUND, OFF);
        }
        access.loggedInCaller();
        Issue incident = access.browsableIssue(issueKey)
                .orElseThrow(() -> RestProblem.of(Status.NOT_FOUND, NOT_FOUND, String.valueOf(issueKey)));
        if (access.isPostmortem(incident)) {
            throw RestProblem.of(Status.BAD_REQUEST, IS_POSTMORTEM, incident.getKey());
        }
        return incident;
    }

    /** The postmortem already linked to the incident with the "is postmortem of" type, if any. */
    public Optional<ExistingPostmortem> existing(Issue incident) {
        Optional<Long> typeId = lookup.linkType(LinkTypeSpec.INCIDENT).map(IssueLinkType::getId);
        if (typeId.isEmpty()) {
            return Optional.empty();
        }
        // The postmortem is the link's source ("is postmortem of"), the incident its destination.
        return issueLinkManager.getInwardLinks(incident.getId()).stream()
                .filter(link -> typeId.get().equals(link.getLinkTypeId()))
                .map(IssueLink::getSourceObject)
                .filter(Objects::nonNull)
                .findFirst()
                .map(postmortem -> new ExistingPostmortem(access.mayBrowse(postmortem) ? postmortem.getKey() : null));
    }

    public Proposal propose(Issue incident) {
        ApplicationUser caller = access.loggedInCaller();
        List<ProjectOption> projects = projects(caller);
        String own = incident.getProjectObject() == null ? "" : incident.getProjectObject().getKey();
        String defaultProject = projects.stream().anyMatch(p -> p.key().equals(own)) ? own : "";
        String summary = texts.text("postmortem.jira.incident.summary", incident.getSummary());
        return new Proposal(incident.getKey(), incident.getSummary(), projects, defaultProject,
                shorten(summary, MAX_SUMMARY),
                incident.getCreated() == null ? null : incident.getCreated().toInstant(),
                incident.getResolutionDate() == null ? null : incident.getResolutionDate().toInstant(),
                participants(incident, caller), timeline.seed(incident, caller));
    }

    /** Creates, links and returns the postmortem; a {@link RestProblem} for everything the caller must fix. */
    public Created create(Issue incident, CreateRequest request) {
        ApplicationUser caller = access.loggedInCaller();
        ClusterLock lock = clusterLockService.getLockForName(LOCK_PREFIX + incident.getId());
        boolean locked;
        try {
            locked = lock.tryLock(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            throw RestProblem.of(Status.CONFLICT, BUSY, incident.getKey());
        }
        try {
            Optional<ExistingPostmortem> existing = existing(incident);
            if (existing.isPresent()) {
                throw existing.get().visible()
                        ? RestProblem.of(Status.CONFLICT, EXISTS, incident.getKey(), existing.get().key())
                        : RestProblem.of(Status.CONFLICT, EXISTS_HIDDEN, incident.getKey());
            }
            return createUnderLock(incident, request, caller);
        } finally {
            lock.unlock();
        }
    }

    private Created createUnderLock(Issue incident, CreateRequest request, ApplicationUser caller) {
        IssueType postmortemType = lookup.issueType().orElse(null);
        CustomField narrativeField = lookup.field(EnsureNarrativeField.SPEC).orElse(null);
        IssueLinkType linkType = lookup.linkType(LinkTypeSpec.INCIDENT).orElse(null);
        if (postmortemType == null || narrativeField == null || linkType == null) {
            throw RestProblem.of(Status.CONFLICT, NOT_SET_UP);
        }
        ProjectOption project = projects(caller).stream()
                .filter(option -> option.key().equals(request.projectKey()))
                .findFirst()
                .orElseThrow(() -> problem(Status.FORBIDDEN, PROJECT, "projectKey", String.valueOf(request.projectKey())));
        String summary = request.summary() == null ? "" : request.summary().strip();
        if (summary.isEmpty()) {
            throw problem(Status.BAD_REQUEST, SUMMARY_REQUIRED, "summary");
        }
        if (summary.length() > MAX_SUMMARY) {
            throw problem(Status.BAD_REQUEST, SUMMARY_TOO_LONG, "summary", MAX_SUMMARY, summary.length());
        }
        Narrative asSent = narrative(incident, request, caller);
        // Validated in the order the rows were sent, so that "timeline[3]" names the fourth row of the form.
        List<Problem> problems = NarrativeValidator.validate(asSent);
        if (!problems.isEmpty()) {
            throw new RestProblem(Status.BAD_REQUEST, problems.stream()
                    .map(p -> new RestProblem.Detail(p.messageKey(), p.args(), p.path()))
                    .toList());
        }
        Narrative narrative = inTimeOrder(asSent);

        IssueInputParameters input = issueService.newIssueInputParameters();
        input.setProjectId(project.id());
        input.setIssueTypeId(postmortemType.getId());
        input.setSummary(summary);
        input.addCustomFieldValue(narrativeField.getId(), NarrativeJson.write(narrative));
        // The narrative field need not be on the create screen: the seeded timeline must not be dropped silently.
        input.setSkipScreenCheck(true);
        IssueService.CreateValidationResult validation = issueService.validateCreate(caller, input);
        if (!validation.isValid()) {
            throw jiraRefused(validation.getErrorCollection());
        }
        IssueService.IssueResult result = issueService.create(caller, validation);
        if (!result.isValid() || result.getIssue() == null) {
            throw jiraRefused(result.getErrorCollection());
        }
        Issue postmortem = result.getIssue();
        try {
            issueLinkManager.createIssueLink(postmortem.getId(), incident.getId(), linkType.getId(), null, caller);
            return new Created(postmortem.getKey(), true);
        } catch (CreateException | RuntimeException e) {
            LOG.warn("Postmortem {} was created from incident {}, but Jira refused the link between them", 
                    postmortem.getKey(), incident.getKey(), e);
            return new Created(postmortem.getKey(), false);
        }
    }

    private Narrative narrative(Issue incident, CreateRequest request, ApplicationUser caller) {
        Map<String, Participant> proposed = participants(incident, caller).stream()
                .collect(Collectors.toMap(Participant::userKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<PersonalAccount> accounts = new ArrayList<>();
        for (String key : request.participants().stream().distinct().toList()) {
            Participant participant = proposed.get(key);
            if (participant == null) {
                // Only people the incident names: a request cannot add anybody else's name to a postmortem.
                throw problem(Status.BAD_REQUEST, PARTICIPANT, "participants", String.valueOf(key));
            }
            accounts.add(PersonalAccount.awaited(participant.userKey(), participant.displayName()));
        }
        Map<String, SeedRow> seeded = timeline.seed(incident, caller).rows().stream()
                .collect(Collectors.toMap(SeedRow::ref, Function.identity(), (a, b) -> a));
        List<TimelineEntry> entries = new ArrayList<>();
        for (CreateRequest.Row row : request.timeline()) {
            entries.add(entry(incident, row, seeded, caller));
        }
        return new Narrative("", new Impact(request.impactStart(), request.impactEnd(), null, "", ""), entries,
                accounts, List.of(), "", null);
    }

    private static Narrative inTimeOrder(Narrative narrative) {
        List<TimelineEntry> entries = new ArrayList<>(narrative.timeline());
        entries.sort(Comparator.comparing(TimelineEntry::time, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Narrative(narrative.summary(), narrative.impact(), entries, narrative.accounts(),
                narrative.contributingFactors(), narrative.whatWeLearned(), narrative.failureClass());
    }

    private static TimelineEntry entry(Issue incident, CreateRequest.Row row, Map<String, SeedRow> seeded,
            ApplicationUser caller) {
        String ref = row.ref() == null ? "" : row.ref();
        String text = row.text() == null ? "" : row.text().strip();
        if (ref.isEmpty()) {
            return new TimelineEntry(row.time(), text, caller.getKey());
        }
        SeedRow seed = seeded.get(ref);
        if (seed == null) {
            // Not something Jira recorded for this caller (any more): never saved as if it were.
            throw problem(Status.BAD_REQUEST, ROW_SOURCE, "timeline", ref);
        }
        if (seed.time().equals(row.time()) && seed.text().equals(text)) {
            return new TimelineEntry(seed.time(), seed.text(), seed.actorKey(),
                    TimelineSource.jira(incident.getKey(), seed.ref()));
        }
        // Edited: the writer's words now, no longer what Jira recorded.
        return new TimelineEntry(row.time(), text, caller.getKey());
    }

    /** Assignee, reporter, people who changed the status and commenters, in that order, each once. */
    List<Participant> participants(Issue incident, ApplicationUser caller) {
        List<ApplicationUser> people = new ArrayList<>();
        people.add(incident.getAssignee());
        people.add(incident.getReporter());
        people.addAll(timeline.statusChangers(incident));
        for (Comment comment : timeline.quotableComments(incident, caller)) {
            people.add(comment.getAuthorApplicationUser());
        }
        Map<String, Participant> byKey = new LinkedHashMap<>();
        for (ApplicationUser person : people) {
            if (person != null && person.getKey() != null && byKey.size() < MAX_PARTICIPANTS) {
                byKey.putIfAbsent(person.getKey(), new Participant(person.getKey(), texts.userName(person.getKey())));
            }
        }
        return List.copyOf(byKey.values());
    }

    /** Projects with Create Issues for the caller and the Postmortem issue type, by name; at most MAX_PROJECTS. */
    List<ProjectOption> projects(ApplicationUser caller) {
        Optional<String> typeId = lookup.issueType().map(IssueType::getId);
        if (typeId.isEmpty()) {
            return List.of();
        }
        Collection<Project> projects = permissionManager.getProjects(ProjectPermissions.CREATE_ISSUES, caller);
        if (projects == null) {
            return List.of();
        }
        return projects.stream()
                .filter(project -> hasType(project, typeId.get()))
                .map(project -> new ProjectOption(project.getId(), project.getKey(),
                        project.getName() == null ? project.getKey() : project.getName()))
                .sorted(Comparator.comparing(ProjectOption::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(ProjectOption::key))
                .limit(MAX_PROJECTS)
                .toList();
    }

    private static boolean hasType(Project project, String typeId) {
        Collection<IssueType> types = project.getIssueTypes();
        return types != null && types.stream().anyMatch(type -> type != null && typeId.equals(type.getId()));
    }

    private static RestProblem jiraRefused(ErrorCollection errors) {
        List<RestProblem.Detail> details = new ArrayList<>();
        if (errors != null) {
            errors.getErrors().forEach((field, message) ->
                    details.add(new RestProblem.Detail(JIRA_SAYS, List.of(message), field)));
            errors.getErrorMessages().forEach(message ->
                    details.add(new RestProblem.Detail(JIRA_SAYS, List.of(message), null)));
        }
        if (details.isEmpty()) {
            details.add(new RestProblem.Detail(JIRA_SAYS, List.of("?"), null));
        }
        return new RestProblem(Status.BAD_REQUEST, details);
    }

    private static RestProblem problem(Status status, String key, String field, Object... args) {
        return new RestProblem(status, List.of(new RestProblem.Detail(key, List.of(args), field)));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static {
        if (MAX_PARTICIPANTS > NarrativeLimits.MAX_ACCOUNTS) {
            throw new IllegalStateException("participants must fit the narrative's accounts");
        }
    }
}
