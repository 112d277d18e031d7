package dev.postmortem.jira.soak;

import com.atlassian.jira.project.Project;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.Json;
import dev.postmortem.jira.storage.SettingsChange;
import dev.postmortem.jira.storage.SettingsChangeLog;
import dev.postmortem.jira.storage.SoakPolicyStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.util.Optional;

/**
 * {@code /rest/postmortem/1.0/projects/{projectKey}/soak-policy}: the soak policy a project's actions wait for.
 * <ul>
 *   <li>{@code GET} ({@link AnonymousSiteAccess}; the caller must be able to browse the project, else 404 as for an
 *       unknown key): {@code {"projectKey", "projectPolicy": true|false, "policy": {...}}}, where the policy is
 *       the effective one (the project's own, else the site default, else the built-in default).</li>
 *   <li>{@code PUT} ({@link LicensedOnly}; project administrators only, else 403): sets the project's own policy,
 *       validated through the core; answers like {@code GET}. XSRF: JSON bodies only ({@code @Consumes}), so a
 *       cross-site form post (urlencoded, multipart, text/plain) is refused before the method runs. A change is
 *       recorded in the settings audit ({@link SettingsChangeLog}), as one made on the project settings page.</li>
 * </ul>
 * Body format: see {@link SoakPolicyJson}. Errors: {@link ErrorBody}.
 */
@Path("/projects/{projectKey}/soak-policy")
public class SoakPolicyResource {

    private final CallerAccess access;
    private final SoakPolicyStore store;
    private final SettingsChangeLog changes;
    private final Clock clock;

    @Inject
    public SoakPolicyResource(CallerAccess access, SoakPolicyStore store, SettingsChangeLog changes, Clock clock) {
        this.access = access;
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AnonymousSiteAccess
    public Response read(@PathParam("projectKey") String projectKey) {
        return answer(access.visibleProject(projectKey));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(@PathParam("projectKey") String projectKey, String body) {
        Project project = access.visibleProject(projectKey);
        access.requireProjectAdmin(project);
        SoakPolicy policy = SoakPolicyJson.read(Json.readObject(body));
        Optional<SoakPolicy> old = store.forProject(project.getId());
        store.saveForProject(project.getId(), policy);
        SettingsChange.ofPolicy(project.getId(), access.loggedInCaller().getKey(), clock.instant(), old,
                Optional.of(policy)).ifPresent(changes::record);
        return answer(project);
    }

    private Response answer(Project project) {
        Optional<SoakPolicy> own = store.forProject(project.getId());
        ObjectNode body = Json.object();
        body.put("projectKey", project.getKey());
        body.put("projectPolicy", own.isPresent());
        body.set("policy", SoakPolicyJson.write(own.orElseGet(() -> store.effectiveFor(project.getId()))));
        return Response.ok(Json.write(body), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
