package dev.postmortem.jira.host;

import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/**
 * Calls a resource method as the REST stack does: what it answers is the response, and what it throws goes
 * through the {@link RestErrorMapper}, the stack's only exception mapper for this API.
 */
public final class RestCalls {

    private final RestErrorMapper mapper;

    public RestCalls(UserMessages messages) {
        this.mapper = new RestErrorMapper(messages);
    }

    public Response call(Supplier<Response> resourceMethod) {
        try {
            return resourceMethod.get();
        } catch (RuntimeException e) {
            return mapper.toResponse(e);
        }
    }
}
