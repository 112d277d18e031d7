package dev.postmortem.jira.host;

import java.util.List;

/**
 * The JSON body of every error answer of {@code /rest/postmortem/1.0}:
 * <pre>{@code {"status": 404, "errors": [{"key": "postmortem.jira.rest...", "message": "...", "field": "days"}]}}</pre>
 * {@code message} is translated for the caller; {@code key} is stable for programs; {@code field} is present
 * when the error is about one request field.
 */
public record ErrorBody(int status, List<Error> errors) {

    public ErrorBody {
        errors = List.copyOf(errors);
    }

    public record Error(String key, String message, String field) {
    }
}
