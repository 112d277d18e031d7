package dev.postmortem.jira.report;

import com.atlassian.jira.project.Project;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.postmortem.core.process.ProcessPeriod;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.Json;
import dev.postmortem.jira.process.ProcessMetricsResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/**
 * The process report page's data: {@code GET /rest/postmortem/1.0/process-report/{projectKey}?from=&to=} (JSON, see
 * {@link ReportJson}) and {@code .../csv} (the same rows as CSV, see {@link ReportCsv}).
 *
 * <p>Access as {@code GET /process/project/{key}}: Jira's browse permission decides ({@link AnonymousSiteAccess});
 * an unknown project and one the caller may not browse get the same 404; hidden postmortems and actions count
 * nowhere. The period is that resource's ({@link ProcessMetricsResource#period}: both days required, at most 366
 * days, a translated 400 per wrong parameter). Read-only, never cached.
 */
@Path("/process-report")
public class ProcessReportResource {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());

    private final CallerAccess access;
    private final ProcessReportRows rows;
    private final PostmortemStatuses statuses;

    @Inject
    public ProcessReportResource(CallerAccess access, ProcessReportRows rows, PostmortemStatuses statuses) {
        this.access = access;
        this.rows = rows;
        this.statuses = statuses;
    }

    @GET
    @Path("/{projectKey}/status")
    @Produces(MediaType.APPLICATION_JSON)
    @AnonymousSiteAccess
    public Response status(@PathParam("projectKey") String projectKey) {
        Project project = access.visibleProject(projectKey);
        return Json.okNotStored(Json.write(StatusJson.write(statuses.of(project))));
    }

    @GET
    @Path("/{projectKey}")
    @Produces(MediaType.APPLICATION_JSON)
    @AnonymousSiteAccess
    public Response report(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return Json.okNotStored(Json.write(ReportJson.write(view(projectKey, from, to))));
    }

    @GET
    @Path("/{projectKey}/csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @AnonymousSiteAccess
    public Response csv(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        ProcessReportView view = view(projectKey, from, to);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        // Project keys are letters, digits and underscores; anything else is dropped from the file name anyway.
        String file = ("postmortem-process-" + view.projectKey() + "-" + view.period().from() + "-"
                + view.period().to()).replaceAll("[^A-Za-z0-9_.-]", "_") + ".csv";
        return Response.ok(ReportCsv.write(view), CSV)
                .cacheControl(noStore)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Postmortem-Truncated", String.valueOf(view.truncated()))
                .build();
    }

    private ProcessReportView view(String projectKey, String from, String to) {
        // Who may see the project first: a caller who may not must not learn whether the period was valid.
        Project project = access.visibleProject(projectKey);
        ProcessPeriod period = ProcessMetricsResource.period(from, to);
        return rows.of(project, period);
    }
}
