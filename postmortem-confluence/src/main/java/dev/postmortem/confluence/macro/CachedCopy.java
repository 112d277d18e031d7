package dev.postmortem.confluence.macro;

import java.time.Instant;
import java.util.Objects;

/**
 * A cached answer from Jira: what it was, when it was fetched, and the body for a summary.
 * Stored in Atlassian Cache as a plain String ({@link #encode}): caches outlive a plugin upgrade and a clustered
 * cache copies values between nodes, and a String needs neither our class loader nor Java serialisation of our
 * classes to come back.
 *
 * @param kind      what Jira answered
 * @param fetchedAt when
 * @param body      the summary JSON for {@link Kind#OK}; empty otherwise
 */
record CachedCopy(Kind kind, Instant fetchedAt, String body) {

    enum Kind {
        OK,
        /** A 2xx answer over the summary size limit; its body is not kept. */
        TOO_LARGE,
        NOT_FOUND,
        UNAVAILABLE
    }

    CachedCopy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        body = body == null ? "" : body;
    }

    String encode() {
        return kind.name() + '\n' + fetchedAt.toEpochMilli() + '\n' + body;
    }

    /** The copy, or null for null or a value this version cannot read (treated as a miss). */
    static CachedCopy decode(String value) {
        if (value == null) {
            return null;
        }
        int first = value.indexOf('\n');
        int second = first < 0 ? -1 : value.indexOf('\n', first + 1);
        if (second < 0) {
            return null;
        }
        try {
            Kind kind = Kind.valueOf(value.substring(0, first));
            Instant at = Instant.ofEpochMilli(Long.parseLong(value.substring(first + 1, second)));
            return new CachedCopy(kind, at, value.substring(second + 1));
        } catch (IllegalArgumentException e) {
            // NumberFormatException included: written by another version; fetch again. Every long is a valid
            // Instant.ofEpochMilli, so a time that is merely implausible gets here; the fetcher judges that.
            return null;
        }
    }
}
