package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.Json;
import dev.postmortem.jira.host.RestProblem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /rest/postmortem/1.0/soak}: the soak status of an action, and audited overrides.
 *
 * <ul>
 *   <li>{@code GET /soak/{issueKey}} ({@link AnonymousSiteAccess}: Jira's browse permission decides, checked
 *       here): the {@link SoakStatusView} as JSON.</li>
 *   <li>{@code POST /soak/{issueKey}/override} ({@link LicensedOnly}; admins of the issue's project, else 403)
 *       with {@code {"reason": "..."}}: records the override and answers the new status. 400 when the reason is
 *       missing or too long or the body is not a JSON object, 409 when there is nothing to override.</li>
 * </ul>
 * An unknown key and a key the caller may not browse get the same 404. Errors have the API's common shape
 * ({@link dev.postmortem.jira.host.ErrorBody}), in the caller's language. The override consumes {@code application/json} only (XSRF):
 * docs/adr/0013-json-only-state-changes.md; reference: docs/rest.md.
 */
@Path("/soak")
public class SoakResource {

    static final String BAD_JSON_KEY = "postmortem.jira.soak.rest.badJson";

    private final CallerAccess access;
    private final SoakStatus status;
    private final SoakOverrides overrides;

    @Inject
    public SoakResource(CallerAccess access, SoakStatus status, SoakOverrides overrides) {
        this.access = Objects.requireNonNull(access, "access");
        this.status = Objects.requireNonNull(status, "status");
        this.overrides = Objects.requireNonNull(overrides, "overrides");
    }

    @GET
    @Path("/{issueKey}")
    @Produces(MediaType.APPLICATION_JSON)
    @AnonymousSiteAccess
    public Response status(@PathParam("issueKey") String issueKey) {
        Issue issue = visible(issueKey);
        return json(status.of(issue, access.administersProjectOf(issue)));
    }

    @POST
    @Path("/{issueKey}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response override(@PathParam("issueKey") String issueKey, String body) {
        Issue issue = visible(issueKey);
        if (!access.administersProjectOf(issue)) {
            throw RestProblem.of(Status.FORBIDDEN, "postmortem.jira.soak.rest.forbidden");
        }
        Optional<SoakOverrides.Refusal> refusal = overrides.override(issue, access.caller(), reasonOf(body));
        if (refusal.isPresent()) {
            GateProblem problem = refusal.get().problem();
            Status code = refusal.get() instanceof SoakOverrides.InvalidReason ? Status.BAD_REQUEST : Status.CONFLICT;
            throw new RestProblem(code, List.of(new RestProblem.Detail(problem.messageKey(),
                    status.shownArgs(problem, refusal.get().postmortems()), "reason")));
        }
        return json(status.of(issue, true));
    }

    private Issue visible(String issueKey) {
        return access.browsableIssue(issueKey)
                .orElseThrow(() -> RestProblem.of(Status.NOT_FOUND, "postmortem.jira.soak.rest.notFound"));
    }

    /** The "reason" of a JSON object body; null when absent (SoakOverrides then asks for one). */
    static String reasonOf(String body) {
        JsonNode reason = Json.readObject(body, BAD_JSON_KEY, BAD_JSON_KEY).get("reason");
        return reason == null || !reason.isTextual() ? null : reason.asText();
    }

    private static Response json(SoakStatusView view) {
        return Json.okNotStored(Json.write(view));
    }
}
