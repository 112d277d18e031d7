package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.core.decision.Choice;
import dev.postmortem.core.decision.DecisionBatch;
import dev.postmortem.core.decision.DecisionRequest;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.Json;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.RestProblem;
import dev.postmortem.jira.host.UserMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code /rest/postmortem/1.0/decision/{postmortemKey}}: the decision at the end of a postmortem's soak.
 * <ul>
 *   <li>{@code GET} ({@link AnonymousSiteAccess}; the caller must browse the postmortem, else 404 as for an unknown
 *       key): the {@link DecideView}, listing only actions the caller may browse.</li>
 *   <li>{@code POST} ({@link LicensedOnly}) with {@code {"decisions":[{"actionId":1,"choice":"COMMIT|DROP|KEEP",
 *       "reason":"…"}]}}: checked as a whole by the core ({@code DecisionBatch.read}; 400 with every problem, nothing
 *       applied), then applied one action at a time as the caller ({@link ActionDecider}): {@code {"results":[…]}},
 *       one per decision, {@code applied} or refused with a translated {@code message}. When every decision is
 *       about an action the caller may not browse, 404; when none could be applied because Jira refused the caller
 *       every transition, 403. JSON bodies only ({@code @Consumes}, XSRF: docs/adr/0013).</li>
 * </ul>
 * Errors: {@link dev.postmortem.jira.host.ErrorBody} through {@link dev.postmortem.jira.host.RestErrorMapper}.
 */
@Path("/decision/{postmortemKey}")
public class DecisionResource {

    static final String BAD_JSON_KEY = "postmortem.jira.decision.rest.badJson";
    static final String BAD_DECISION_KEY = "postmortem.jira.decision.rest.badDecision";
    static final String NOT_FOUND_KEY = "postmortem.jira.decision.rest.actionNotFound";
    static final String OFF_KEY = "postmortem.jira.decision.rest.off";

    private final CallerAccess access;
    private final DecideViews views;
    private final ActionDecider decider;
    private final UserMessages messages;
    private final OptionalFeatures features;

    @Inject
    public DecisionResource(CallerAccess access, DecideViews views, ActionDecider decider, UserMessages messages,
            OptionalFeatures features) {
        this.access = Objects.requireNonNull(access, "access");
        this.views = Objects.requireNonNull(views, "views");
        this.decider = Objects.requireNonNull(decider, "decider");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.features = Objects.requireNonNull(features, "features");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AnonymousSiteAccess
    public Response view(@PathParam("postmortemKey") String postmortemKey) {
        Issue postmortem = access.visiblePostmortem(postmortemKey);
        boolean canDecide = features.isOn(OptionalFeatures.Feature.DECIDE_ACTIONS)
                && DecideViews.mayDecide(postmortem, access.caller(), access.administersProjectOf(postmortem));
        return Json.okNotStored(Json.write(views.of(postmortem, access::mayBrowse, canDecide)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response decide(@PathParam("postmortemKey") String postmortemKey, String body) {
        ApplicationUser caller = access.loggedInCaller();
        Issue postmortem = access.visiblePostmortem(postmortemKey);
        DecisionBatch batch = DecisionBatch.read(requestsOf(body));
        List<String> missing = features.missingServices(OptionalFeatures.Feature.DECIDE_ACTIONS);
        if (!missing.isEmpty()) {
            throw RestProblem.of(Status.SERVICE_UNAVAILABLE, OFF_KEY, String.join(", ", missing));
        }
        if (!batch.valid()) {
            throw new RestProblem(Status.BAD_REQUEST, batch.problems().stream()
                    .map(p -> new RestProblem.Detail(p.messageKey(), p.args(), p.path())).toList());
        }
        List<DecisionOutcome> outcomes = decider.decide(postmortem, batch, caller, access::mayBrowse);
        if (outcomes.stream().allMatch(DecisionOutcome::notFound)) {
            throw RestProblem.of(Status.NOT_FOUND, NOT_FOUND_KEY);
        }
        if (outcomes.stream().allMatch(o -> !o.applied()
                && (o.notFound() || o.refusedByJira()))) {
            throw new RestProblem(Status.FORBIDDEN, outcomes.stream()
                    .map(o -> new RestProblem.Detail(o.messageKey(), o.args(), "decisions")).toList());
        }
        ObjectNode answer = Json.object();
        ArrayNode results = answer.putArray("results");
        for (DecisionOutcome outcome : outcomes) {
            ObjectNode result = results.addObject();
            result.put("actionId", outcome.actionId());
            result.put("choice", outcome.choice().name());
            result.put("applied", outcome.applied());
            if (!outcome.applied()) {
                result.put("messageKey", outcome.messageKey());
                result.put("message", messages.text(outcome.messageKey(), outcome.args()));
            }
        }
        return Json.okNotStored(Json.write(answer));
    }

    /** The body's decisions as typed; each malformed one is a 400 naming its position. */
    static List<DecisionRequest> requestsOf(String body) {
        JsonNode decisions = Json.readObject(body, BAD_JSON_KEY, BAD_JSON_KEY).get("decisions");
        if (decisions == null || !decisions.isArray()) {
            throw new RestProblem(Status.BAD_REQUEST, List.of(new RestProblem.Detail(BAD_JSON_KEY, List.of(),
                    "decisions")));
        }
        List<DecisionRequest> requests = new ArrayList<>();
        List<RestProblem.Detail> problems = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            JsonNode each = decisions.get(i);
            JsonNode id = each == null ? null : each.get("actionId");
            JsonNode choice = each == null ? null : each.get("choice");
            JsonNode reason = each == null ? null : each.get("reason");
            Choice parsed = choiceOf(choice);
            if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()
                    || (choice != null && !choice.isNull() && parsed == null)
                    || (reason != null && !reason.isNull() && !reason.isTextual())) {
                problems.add(new RestProblem.Detail(BAD_DECISION_KEY, List.of(i + 1), "decisions[" + i + "]"));
                continue;
            }
            requests.add(new DecisionRequest(id.asLong(), parsed, reason == null || reason.isNull()
                    ? null : reason.asText()));
        }
        if (!problems.isEmpty()) {
            throw new RestProblem(Status.BAD_REQUEST, problems);
        }
        return requests;
    }

    private static Choice choiceOf(JsonNode choice) {
        if (choice == null || !choice.isTextual()) {
            return null;
        }
        try {
            return Choice.valueOf(choice.asText().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
