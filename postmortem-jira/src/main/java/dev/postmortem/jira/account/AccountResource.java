package dev.postmortem.jira.account;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.PersonalAccount;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.Json;
import dev.postmortem.jira.host.RestProblem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code /rest/postmortem/1.0/accounts/{issueKey}}: the personal accounts of a postmortem, written by their people.
 * <ul>
 *   <li>{@code GET} ({@link AnonymousSiteAccess}, browse permission, else 404): who has written and who has not.</li>
 *   <li>{@code PUT /{participantKey}} ({@link LicensedOnly}): saves that participant's account. Only the participant,
 *       or the postmortem's owner to correct a mistake (recorded in the account), else 403. Under the postmortem's
 *       lock, merged into the stored narrative ({@link NarrativeUpdates}).</li>
 *   <li>{@code POST /requests} ({@link LicensedOnly}, owner only, else 403): mails each participant whose account is
 *       awaited, once per {@code occasion} ({@link AccountRequests}).</li>
 * </ul>
 * State changes accept JSON only, so a cross-site form cannot send them (XSRF, ADR 0013). Errors: {@code ErrorBody}.
 */
@Path("/accounts/{issueKey}")
public class AccountResource {

    static final String NOT_PARTICIPANT_KEY = "postmortem.jira.account.error.notParticipant";
    static final String NOT_YOURS_KEY = "postmortem.jira.account.error.notYours";
    static final String NOT_OWNER_KEY = "postmortem.jira.account.error.notOwner";
    static final String EXPECTED_TEXT_KEY = "postmortem.jira.account.error.expectedText";
    static final String OCCASION_KEY = "postmortem.jira.account.error.occasion";
    static final String MAIL_OFF_KEY = "postmortem.jira.account.error.mailOff";

    /** How old an offer to ask may be (the page stayed open), and how far ahead a node's clock may run. */
    static final Duration OCCASION_MAX_AGE = Duration.ofDays(1);
    static final Duration OCCASION_MAX_SKEW = Duration.ofMinutes(5);

    private final CallerAccess access;
    private final NarrativeUpdates narratives;
    private final AccountRequests requests;
    private final Clock clock;

    @Inject
    public AccountResource(CallerAccess access, NarrativeUpdates narratives, AccountRequests requests, Clock clock) {
        this.access = access;
        this.narratives = narratives;
        this.requests = requests;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AnonymousSiteAccess
    public Response read(@PathParam("issueKey") String issueKey) {
        Issue postmortem = access.visiblePostmortem(issueKey);
        return Json.okNotStored(Json.write(status(postmortem, narratives.read(postmortem))));
    }

    @PUT
    @Path("/{participantKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response save(@PathParam("issueKey") String issueKey, @PathParam("participantKey") String participantKey,
            String body) {
        ApplicationUser caller = access.loggedInCaller();
        Issue postmortem = access.visiblePostmortem(issueKey);
        participant(narratives.read(postmortem), participantKey);
        if (!PostmortemOwner.mayWrite(caller, postmortem, participantKey)) {
            throw RestProblem.of(Status.FORBIDDEN, NOT_YOURS_KEY);
        }
        JsonNode request = Json.readObject(body);
        String role = text(request, "role", null);
        String saw = text(request, "whatTheySawAndKnew", "");
        String did = text(request, "whatTheyDid", "");
        String why = text(request, "whyItMadeSense", "");
        String helped = text(request, "whatWouldHaveHelped", "");
        String ownName = caller.getKey().equals(participantKey) ? caller.getDisplayName() : "";
        // Only this participant's account changes; the stored narrative is re-read under the lock.
        Narrative saved = narratives.change(caller, postmortem.getId(), narrative -> narrative.withAccount(
                participant(narrative, participantKey).answeredBy(ownName, role, saw, did, why, helped,
                        caller.getKey(), clock.instant())));
        ObjectNode answer = status(postmortem, saved);
        answer.set("account", account(participant(saved, participantKey)));
        return Json.okNotStored(Json.write(answer));
    }

    @POST
    @Path("/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response ask(@PathParam("issueKey") String issueKey, String body) {
        ApplicationUser caller = access.loggedInCaller();
        Issue postmortem = access.visiblePostmortem(issueKey);
        if (!PostmortemOwner.is(caller, postmortem)) {
            throw RestProblem.of(Status.FORBIDDEN, NOT_OWNER_KEY);
        }
        if (!requests.isOn()) {
            throw RestProblem.of(Status.CONFLICT, MAIL_OFF_KEY);
        }
        JsonNode occasion = Json.readObject(body).get("occasion");
        long now = clock.millis();
        if (occasion == null || !occasion.canConvertToLong() || occasion.asLong() < now - OCCASION_MAX_AGE.toMillis()
                || occasion.asLong() > now + OCCASION_MAX_SKEW.toMillis()) {
            throw new RestProblem(Status.BAD_REQUEST,
                    List.of(new RestProblem.Detail(OCCASION_KEY, List.of(), "occasion")));
        }
        AccountRequests.Outcome outcome = requests.send(AccountMail.Kind.REQUEST, postmortem,
                narratives.read(postmortem), caller, occasion.asLong());
        ObjectNode answer = Json.object();
        names(answer.putArray("sent"), outcome.sent());
        names(answer.putArray("alreadySent"), outcome.alreadySent());
        names(answer.putArray("failed"), outcome.failed());
        names(answer.putArray("undeliverable"), outcome.undeliverable());
        return Json.okNotStored(Json.write(answer));
    }

    private static PersonalAccount participant(Narrative narrative, String participantKey) {
        return narrative.account(participantKey == null ? "" : participantKey)
                .orElseThrow(() -> RestProblem.of(Status.NOT_FOUND, NOT_PARTICIPANT_KEY));
    }

    /** Who has written and who has not: what anybody who may browse the postmortem can read in its narrative. */
    private static ObjectNode status(Issue postmortem, Narrative narrative) {
        ObjectNode answer = Json.object();
        answer.put("issueKey", postmortem.getKey());
        answer.put("written", narrative.writtenAccounts());
        answer.put("total", narrative.accounts().size());
        ArrayNode participants = answer.putArray("participants");
        for (PersonalAccount account : narrative.accounts()) {
            participants.addObject()
                    .put("participantKey", account.participantUserKey())
                    .put("name", account.participantName())
                    .put("written", account.isWritten())
                    .put("correctedByOwner", account.isLastEditedByOther());
        }
        return answer;
    }

    private static ObjectNode account(PersonalAccount account) {
        ObjectNode node = Json.object()
                .put("participantKey", account.participantUserKey())
                .put("name", account.participantName())
                .put("role", account.role())
                .put("whatTheySawAndKnew", account.whatTheySawAndKnew())
                .put("whatTheyDid", account.whatTheyDid())
                .put("whyItMadeSense", account.whyItMadeSense())
                .put("whatWouldHaveHelped", account.whatWouldHaveHelped())
                .put("lastEditedBy", account.lastEditedByUserKey());
        node.put("lastEditedAt", account.lastEditedAt() == null ? null : account.lastEditedAt().toString());
        return node;
    }

    /** A text field of the request: absent or null is {@code absent}; any other type is a 400 naming the field. */
    private static String text(JsonNode request, String field, String absent) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return absent;
        }
        if (!node.isTextual()) {
            throw new RestProblem(Status.BAD_REQUEST, List.of(new RestProblem.Detail(EXPECTED_TEXT_KEY, List.of(), field)));
        }
        return node.textValue();
    }

    private static void names(ArrayNode array, List<String> names) {
        names.forEach(array::add);
    }
}
