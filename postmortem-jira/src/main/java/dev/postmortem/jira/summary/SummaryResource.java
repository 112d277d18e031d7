package dev.postmortem.jira.summary;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.postmortem.core.summary.SummaryJson;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /rest/postmortem/1.0/summary/{issueKey}}: the debrief summary in the core's versioned JSON contract
 * ({@link SummaryJson}), read by the Confluence macro as the viewing user.
 *
 * <p>Access: {@link AnonymousSiteAccess}, because Jira's own browse permission decides (a public project may be
 * read anonymously); the resource checks it for the postmortem and for every linked action. An unknown key and a
 * key the caller may not browse get the same 404. Read-only, so no XSRF concern. Never cached: it is live.
 */
@Path("/summary")
public class SummaryResource {

    private final CallerAccess access;
    private final SummaryAssembler assembler;

    @Inject
    public SummaryResource(CallerAccess access, SummaryAssembler assembler) {
        this.access = access;
        this.assembler = assembler;
    }

    @GET
    @Path("/{issueKey}")
    @Produces(MediaType.APPLICATION_JSON)
    @AnonymousSiteAccess
    public Response summary(@PathParam("issueKey") String issueKey) {
        Issue postmortem = access.visiblePostmortem(issueKey);
        return Json.okNotStored(SummaryJson.write(assembler.summarise(postmortem, access.caller())));
    }
}
