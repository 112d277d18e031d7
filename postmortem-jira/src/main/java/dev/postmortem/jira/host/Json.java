package dev.postmortem.jira.host;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;

/**
 * JSON in and out of the resources. Bodies are read and written as text with one shared mapper, so the wire
 * format does not depend on which JSON provider the host's REST stack has registered. Public for the soak
 * resource, which lives with its feature but speaks the same JSON.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    static final String BAD_JSON_KEY = "postmortem.jira.rest.error.badJson";
    static final String EXPECTED_OBJECT_KEY = "postmortem.jira.rest.error.expectedObject";

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Our own trees and records always serialise; reaching this is a bug, not bad input.
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The request body as a JSON object, or a 400 problem naming what is wrong. */
    public static JsonNode readObject(String body) {
        return readObject(body, BAD_JSON_KEY, EXPECTED_OBJECT_KEY);
    }

    /**
     * The request body as a JSON object, or a 400 problem with the resource's own message: {@code badJsonKey} when
     * it is not JSON, {@code notObjectKey} when it is empty or not an object.
     */
    public static JsonNode readObject(String body, String badJsonKey, String notObjectKey) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw RestProblem.of(Status.BAD_REQUEST, badJsonKey);
        }
        if (node == null || !node.isObject()) {
            throw RestProblem.of(Status.BAD_REQUEST, notObjectKey);
        }
        return node;
    }

    /** 200 with this JSON text, never stored by a cache: for answers that are live views for one caller. */
    public static Response okNotStored(String json) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(noStore).build();
    }
}
