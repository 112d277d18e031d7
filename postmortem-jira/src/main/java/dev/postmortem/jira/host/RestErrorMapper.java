package dev.postmortem.jira.host;

import dev.postmortem.core.InvalidInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The one way an error of {@code /rest/postmortem/1.0} becomes an answer: resources throw, this turns what they
 * throw into an {@link ErrorBody} with messages translated for the caller. Resources never build error responses
 * themselves (docs/adr/0016-rest-errors-through-one-exception-mapper.md).
 * <ul>
 *   <li>{@link RestProblem}: its status and details.</li>
 *   <li>The core's {@link InvalidInput} that no resource turned into a problem: 400 with its key and arguments.</li>
 *   <li>{@link WebApplicationException} (no matching resource, method or media type): Jersey's own answer.</li>
 *   <li>Anything else is a bug: logged here, once, with its stack trace, and answered 500 with a translated
 *       message and nothing of the exception in the body.</li>
 * </ul>
 */
@Provider
public class RestErrorMapper implements ExceptionMapper<RuntimeException> {

    static final String INTERNAL_KEY = "postmortem.jira.rest.error.internal";
    private static final Logger LOG = LoggerFactory.getLogger(RestErrorMapper.class);

    private final UserMessages messages;

    @Inject
    public RestErrorMapper(UserMessages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(RuntimeException error) {
        return switch (error) {
            case RestProblem problem -> answer(problem.status(), problem.details());
            case InvalidInput invalid -> answer(Status.BAD_REQUEST,
                    List.of(new RestProblem.Detail(invalid.messageKey(), invalid.args(), null)));
            case WebApplicationException jaxRs -> jaxRs.getResponse();
            default -> {
                LOG.error("Postmortem REST request failed unexpectedly; answered 500", error);
                yield answer(Status.INTERNAL_SERVER_ERROR, List.of(new RestProblem.Detail(INTERNAL_KEY, List.of(), null)));
            }
        };
    }

    private Response answer(Status status, List<RestProblem.Detail> details) {
        ErrorBody body = new ErrorBody(status.getStatusCode(), details.stream()
                .map(d -> new ErrorBody.Error(d.messageKey(), messages.text(d.messageKey(), d.args()), d.field()))
                .toList());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Json.write(body)).build();
    }
}
