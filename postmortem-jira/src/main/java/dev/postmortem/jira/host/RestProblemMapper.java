package dev.postmortem.jira.host;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps a {@link RestProblem} that a resource did not answer itself to the API's JSON error shape. */
@Provider
public class RestProblemMapper implements ExceptionMapper<RestProblem> {

    private final ErrorResponses errorResponses;

    @Inject
    public RestProblemMapper(ErrorResponses errorResponses) {
        this.errorResponses = errorResponses;
    }

    @Override
    public Response toResponse(RestProblem problem) {
        return errorResponses.toResponse(problem);
    }
}
