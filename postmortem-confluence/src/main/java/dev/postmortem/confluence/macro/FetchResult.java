package dev.postmortem.confluence.macro;

import dev.postmortem.core.summary.DebriefSummary;
import dev.postmortem.core.summary.SummaryFormatException;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** What the macro can show for one viewer, link and issue. */
sealed interface FetchResult {

    /** A summary from Jira, fetched at {@code fetchedAt} (now, or within the fresh TTL). */
    record Fetched(DebriefSummary summary, Instant fetchedAt) implements FetchResult {
    }

    /** Jira answered with a document the core cannot read: another contract version, or malformed. */
    record Unreadable(SummaryFormatException error) implements FetchResult {
    }

    /** No such postmortem, or no permission: the same for both. */
    record NotFound() implements FetchResult {
    }

    /** The viewer must authorise Confluence in Jira first; the URI is where (null if the link gave none). */
    record AuthorisationRequired(URI authorisationUri) implements FetchResult {
    }

    /** Jira is down or slow; the viewer's last good copy if there is one. */
    record Unavailable(Fetched lastGoodCopy) implements FetchResult {
        Optional<Fetched> lastGoodCopyIfAny() {
            return Optional.ofNullable(lastGoodCopy);
        }
    }
}
