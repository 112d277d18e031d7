package dev.postmortem.jira.host;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/**
 * Turns {@link RestProblem}s into JSON answers with messages translated for the caller. Resources run their work
 * through {@link #answer(Supplier)}; {@link RestProblemMapper} does the same for anything that escapes, so every
 * error of the API has the {@link ErrorBody} shape. Other exceptions are bugs: they are left to the host, which
 * logs them and answers 500 without a stack trace.
 */
public class ErrorResponses {

    private final UserMessages messages;

    public ErrorResponses(UserMessages messages) {
        this.messages = messages;
    }

    public Response answer(Supplier<Response> work) {
        try {
            return work.get();
        } catch (RestProblem problem) {
            return toResponse(problem);
        }
    }

    public Response toResponse(RestProblem problem) {
        ErrorBody body = new ErrorBody(problem.status().getStatusCode(), problem.details().stream()
                .map(d -> new ErrorBody.Error(d.messageKey(), messages.text(d.messageKey(), d.args()), d.field()))
                .toList());
        return Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(Json.write(body))
                .build();
    }
}
