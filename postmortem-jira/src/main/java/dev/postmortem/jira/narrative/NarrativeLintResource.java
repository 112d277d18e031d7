package dev.postmortem.jira.narrative;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.core.language.BlamelessLanguageCheck;
import dev.postmortem.core.language.Finding;
import dev.postmortem.core.narrative.NarrativeLimits;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.Json;
import dev.postmortem.jira.host.RestProblem;
import dev.postmortem.jira.host.UserMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * {@code POST /rest/postmortem/1.0/narrative/lint} with {@code {"text": "...", "participants": [...]}} (participants
 * optional): the blame-language findings of
 * the text, for the narrative editor's live hints. Each finding has its UTF-16 {@code offset} and {@code length}
 * in the text, the rule, the phrase, and the message and reframing question translated for the caller.
 *
 * <p>Access: {@link LicensedOnly} and a logged-in caller (the hints are for people writing a debrief). It changes
 * nothing, but it is a POST: it accepts {@code application/json} only, so a browser form (urlencoded, multipart,
 * text/plain) cannot trigger it cross-site; Atlassian's XSRF filter applies to those types as well.
 */
@Path("/narrative/lint")
public class NarrativeLintResource {

    static final String TEXT_REQUIRED_KEY = "postmortem.jira.rest.lint.textRequired";
    static final String TEXT_TOO_LONG_KEY = "postmortem.jira.rest.lint.textTooLong";

    private final CallerAccess access;
    private final UserMessages messages;
    private final BlamelessLanguageCheck check = BlamelessLanguageCheck.defaults();

    @Inject
    public NarrativeLintResource(CallerAccess access, UserMessages messages) {
        this.access = access;
        this.messages = messages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response lint(String body) {
        access.loggedInCaller();
        JsonNode request = Json.readObject(body);
        String text = text(request);
        ObjectNode answer = Json.object();
        ArrayNode findings = answer.putArray("findings");
        for (Finding finding : check.check(text, messages.locale(), participants(request))) {
            ObjectNode node = findings.addObject();
            node.put("offset", finding.offset());
            node.put("length", finding.length());
            node.put("ruleId", finding.ruleId());
            node.put("matchedText", finding.matchedText());
            node.put("message", messages.text(finding.messageKey(), finding.messageArgs()));
            node.put("question", messages.text(finding.questionKey()));
        }
        return Response.ok(Json.write(answer), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Optional {@code "participants": ["Ana Berg", ...]}: names the coach reads as people and never flags. */
    private static List<String> participants(JsonNode request) {
        JsonNode participants = request.get("participants");
        if (participants == null || !participants.isArray()) {
            return List.of();
        }
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode name : participants) {
            if (name.isTextual() && names.size() < NarrativeLimits.MAX_ACCOUNTS
                    && name.textValue().length() <= NarrativeLimits.MAX_NAME_CHARS) {
                names.add(name.textValue());
            }
        }
        return names;
    }

    private static String text(JsonNode request) {
        JsonNode text = request.get("text");
        if (text == null || !text.isTextual()) {
            throw new RestProblem(Status.BAD_REQUEST,
                    List.of(new RestProblem.Detail(TEXT_REQUIRED_KEY, List.of(), "text")));
        }
        // One field of the narrative at a time: the core's limit for a single text bounds the work.
        int length = text.textValue().length();
        if (length > NarrativeLimits.MAX_TEXT_CHARS) {
            throw new RestProblem(Status.BAD_REQUEST, List.of(new RestProblem.Detail(TEXT_TOO_LONG_KEY,
                    List.of(NarrativeLimits.MAX_TEXT_CHARS, length), "text")));
        }
        return text.textValue();
    }
}
