package dev.postmortem.jira.process;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.postmortem.core.process.ProcessPeriod;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.Json;
import dev.postmortem.jira.host.RestProblem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code GET /rest/postmortem/1.0/process/project/{projectKey}?from=YYYY-MM-DD&to=YYYY-MM-DD}: the process of the
 * project's postmortems debriefed in a period and metrics over them (body: {@link ProcessReportJson}).
 *
 * <p>Access: {@link AnonymousSiteAccess}, because Jira's browse permission decides, as for the summary: metrics
 * about a project's postmortems are for the people who may read them. An unknown project and one the caller may not
 * browse get the same 404; postmortems the caller may not browse are left out before anything is counted, and so
 * are the commits and overrides of actions the caller may not browse (the summary's rule: not even their number
 * leaks).
 * {@code from} and {@code to} are required calendar days in UTC, both included, at most
 * {@link ProcessPeriod#MAX_DAYS} days; anything else is a 400 naming the parameter. At most
 * {@link ProjectProcessReport#MAX_POSTMORTEMS} postmortems. Read-only, so no XSRF concern; never cached.
 */
@Path("/process")
public class ProcessMetricsResource {

    static final String DATE_REQUIRED_KEY = "postmortem.jira.process.rest.dateRequired";
    static final String DATE_INVALID_KEY = "postmortem.jira.process.rest.dateInvalid";
    static final String RANGE_REVERSED_KEY = "postmortem.jira.process.rest.rangeReversed";
    static final String RANGE_TOO_LONG_KEY = "postmortem.jira.process.rest.rangeTooLong";
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final CallerAccess access;
    private final ProjectProcessReport report;

    @Inject
    public ProcessMetricsResource(CallerAccess access, ProjectProcessReport report) {
        this.access = access;
        this.report = report;
    }

    @GET
    @Path("/project/{projectKey}")
    @Produces(MediaType.APPLICATION_JSON)
    @AnonymousSiteAccess
    public Response project(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Project project = access.visibleProject(projectKey);
        ProcessPeriod period = period(from, to);
        // The Postmortem issue type is resolved once per request, not once per candidate (up to 1000).
        Predicate<Issue> isPostmortem = access.postmortemCheck();
        ProjectProcessReport.Report answer = report.of(project.getId(), period,
                issue -> isPostmortem.test(issue) && access.mayBrowse(issue), access::mayBrowse);
        return Json.okNotStored(Json.write(ProcessReportJson.write(project.getKey(), period, answer)));
    }

    /**
     * The period asked for, or a 400 with one error per wrong parameter (translated by the REST error path). Shared
     * with the process report page's resources, so every read of a project's process takes the same period.
     */
    public static ProcessPeriod period(String from, String to) {
        List<RestProblem.Detail> problems = new ArrayList<>();
        LocalDate first = date("from", from, problems);
        LocalDate last = date("to", to, problems);
        if (problems.isEmpty()) {
            long days = ProcessPeriod.days(first, last);
            if (days < 1) {
                problems.add(new RestProblem.Detail(RANGE_REVERSED_KEY, List.of(), "to"));
            } else if (days > ProcessPeriod.MAX_DAYS) {
                problems.add(new RestProblem.Detail(RANGE_TOO_LONG_KEY, List.of(ProcessPeriod.MAX_DAYS), "to"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RestProblem(Status.BAD_REQUEST, problems);
        }
        return new ProcessPeriod(first, last);
    }

    private static LocalDate date(String name, String value, List<RestProblem.Detail> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new RestProblem.Detail(DATE_REQUIRED_KEY, List.of(name), name));
            return null;
        }
        String day = value.strip();
        try {
            // Exactly YYYY-MM-DD, as the message says. LocalDate also reads signed years of up to nine digits, whose
            // period has no end (LocalDate.MAX has no next day) or no epoch milliseconds for the storage: a 500.
            if (ISO_DAY.matcher(day).matches()) {
                return LocalDate.parse(day);
            }
        } catch (DateTimeParseException e) {
            // Not a day (2026-13-01); reported below.
        }
        // The value is not repeated in the message: it is the caller's own input, of any length.
        problems.add(new RestProblem.Detail(DATE_INVALID_KEY, List.of(name), name));
        return null;
    }
}
