package dev.postmortem.jira.host;

import jakarta.ws.rs.core.Response.Status;

import java.util.List;
import java.util.Objects;

/**
 * A REST request that cannot be answered as asked: an HTTP status and one or more errors, each a message key with
 * arguments (and optionally the request field it is about). Thrown by resources, turned into an {@link ErrorBody}
 * with translated messages by {@link RestErrorMapper}. Never carries English text.
 */
public class RestProblem extends RuntimeException {

    private final Status status;
    private final List<Detail> details;

    public RestProblem(Status status, List<Detail> details) {
        super(status + " " + details);
        this.status = Objects.requireNonNull(status, "status");
        this.details = List.copyOf(details);
        if (this.details.isEmpty()) {
            throw new IllegalArgumentException("a problem needs at least one detail");
        }
    }

    public static RestProblem of(Status status, String messageKey, Object... args) {
        return new RestProblem(status, List.of(new Detail(messageKey, List.of(args), null)));
    }

    public Status status() {
        return status;
    }

    public List<Detail> details() {
        return details;
    }

    /** @param field the request field this is about, or null for the request as a whole */
    public record Detail(String messageKey, List<Object> args, String field) {
        public Detail {
            Objects.requireNonNull(messageKey, "messageKey");
            args = List.copyOf(args);
        }
    }
}
