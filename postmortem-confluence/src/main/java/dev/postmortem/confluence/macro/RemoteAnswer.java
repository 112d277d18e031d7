package dev.postmortem.confluence.macro;

import java.net.URI;

/** What Jira answered to one summary request, before the body is read. */
sealed interface RemoteAnswer {

    /** 2xx: the body should be a summary document. */
    record Ok(String body) implements RemoteAnswer {
    }

    /**
     * 2xx with a body longer than {@link dev.postmortem.core.summary.SummaryJson#MAX_INPUT_JSON_CHARS}: not a
     * summary this contract produces. The body was not read beyond the limit and is not kept.
     */
    record TooLarge() implements RemoteAnswer {
    }

    /** 404 or 403: no such postmortem, or the viewer may not see it. Deliberately one answer, so nothing leaks. */
    record NotFound() implements RemoteAnswer {
    }

    /** The viewer has not authorised Confluence to act for them in Jira (or the token was revoked). */
    record AuthorisationRequired(URI authorisationUri) implements RemoteAnswer {
    }

    /**
     * Jira did not give an answer the macro can use: timeout, connection refused, or an unexpected status.
     *
     * @param linkDown true when Jira could not be reached at all (then the other macros on the page skip it too)
     */
    record Unavailable(boolean linkDown) implements RemoteAnswer {
    }
}
