package dev.postmortem.jira.incident;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortem.jira.host.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * {@code /rest/postmortem/1.0/incident/{issueKey}/postmortem}: "Create postmortem" on an incident (any issue that is
 * not a postmortem). Both {@link LicensedOnly}, for a logged-in caller who may browse the incident (else 404).
 * <ul>
 *   <li>{@code GET}: the incident's existing postmortem ({@code "existing"}), or the proposal to edit: projects,
 *       summary, impact, participants and the timeline seeded from the incident (see {@link IncidentTimeline}).</li>
 *   <li>{@code POST} with the edited proposal: creates the postmortem as the caller (Create Issues in the chosen
 *       project, else 403), links it to the incident and answers 201 with its key. 409 when the incident has a
 *       postmortem already. XSRF: JSON bodies only ({@code @Consumes}), as every state change of this app.</li>
 * </ul>
 * Errors: {@link dev.postmortem.jira.host.ErrorBody}, translated, with the request field when there is one.
 */
@Path("/incident/{issueKey}/postmortem")
public class IncidentPostmortemResource {

    private final IncidentPostmortems postmortems;

    @Inject
    public IncidentPostmortemResource(IncidentPostmortems postmortems) {
        this.postmortems = postmortems;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response propose(@PathParam("issueKey") String issueKey) {
        Issue incident = postmortems.incident(issueKey);
        Optional<ExistingPostmortem> existing = postmortems.existing(incident);
        return Json.okNotStored(Json.write(existing.isPresent()
                ? ProposalJson.existing(incident.getKey(), existing.get())
                : ProposalJson.proposal(postmortems.propose(incident))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(@PathParam("issueKey") String issueKey, String body) {
        Issue incident = postmortems.incident(issueKey);
        CreateRequest request = ProposalJson.request(Json.readObject(body));
        Created created = postmortems.create(incident, request);
        return Response.status(Response.Status.CREATED)
                .entity(Json.write(ProposalJson.created(created)))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
