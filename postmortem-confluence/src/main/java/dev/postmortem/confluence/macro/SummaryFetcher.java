package dev.postmortem.confluence.macro;

import com.atlassian.applinks.api.ApplicationLink;
import dev.postmortem.core.summary.DebriefSummary;
import dev.postmortem.core.summary.SummaryFormatException;
import dev.postmortem.core.summary.SummaryJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The summary for one viewer, link and issue, asking Jira at most once per {@link SummaryCaches#FRESH_TTL}
 * (per node) and falling back to the viewer's last good copy while Jira is down.
 * <p>
 * Concurrent renders of one key wait for the one request in flight on this node; a link that cannot be reached is
 * marked down for one TTL. "Not found" and "authorise first" drop the viewer's last good copy; "authorise first" is
 * not cached. An unreadable answer is cached for the TTL like any other and logged once when it arrives (why:
 * docs/adr/0012-confluence-macro-caches.md).
 */
public final class SummaryFetcher {

    /**
     * How far in the future a last good copy may be dated and still be used: it is replicated between nodes, whose
     * clocks may differ a little. Beyond this a date is not skew but a corrupt copy.
     */
    static final Duration CLOCK_SKEW_TOLERANCE = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(SummaryFetcher.class);

    private final JiraSummaryClient client;
    private final SummaryCaches caches;
    private final Clock clock;
    private final ConcurrentMap<String, CompletableFuture<RemoteAnswer>> inFlight = new ConcurrentHashMap<>();

    public SummaryFetcher(JiraSummaryClient client, SummaryCaches caches, Clock clock) {
        this.client = client;
        this.caches = caches;
        this.clock = clock;
    }

    FetchResult fetch(Viewer viewer, ApplicationLink link, String issueKey) {
        String linkId = link.getId().get();
        String key = SummaryCaches.key(viewer.userKey(), linkId, issueKey);
        CachedCopy fresh = freshCopy(key);
        if (fresh == null && freshCopy(SummaryCaches.linkDownKey(linkId)) != null) {
            fresh = new CachedCopy(CachedCopy.Kind.UNAVAILABLE, clock.instant(), "");
        }
        if (fresh != null) {
            return fromCopy(fresh, key, issueKey);
        }
        RemoteAnswer answer = askOnce(key, () -> askAndRemember(key, linkId, link, issueKey));
        return switch (answer) {
            case RemoteAnswer.Ok ok -> read(ok.body(), clock.instant());
            case RemoteAnswer.TooLarge tooLarge -> new FetchResult.Unreadable(SummaryJson.tooLarge());
            case RemoteAnswer.NotFound notFound -> new FetchResult.NotFound();
            case RemoteAnswer.AuthorisationRequired auth -> new FetchResult.AuthorisationRequired(auth.authorisationUri());
            case RemoteAnswer.Unavailable unavailable -> new FetchResult.Unavailable(lastGoodCopy(key, issueKey));
        };
    }

    private RemoteAnswer askAndRemember(String key, String linkId, ApplicationLink link, String issueKey) {
        RemoteAnswer answer = client.fetch(link, issueKey);
        Instant now = clock.instant();
        switch (answer) {
            case RemoteAnswer.Ok ok -> {
                caches.fresh().put(key, new CachedCopy(CachedCopy.Kind.OK, now, ok.body()).encode());
                if (readable(ok.body(), link.getName(), issueKey)) {
                    caches.lastGood().put(key, new CachedCopy(CachedCopy.Kind.OK, now, ok.body()).encode());
                }
            }
            case RemoteAnswer.TooLarge tooLarge ->
                    caches.fresh().put(key, new CachedCopy(CachedCopy.Kind.TOO_LARGE, now, "").encode());
            case RemoteAnswer.NotFound notFound -> {
                caches.fresh().put(key, new CachedCopy(CachedCopy.Kind.NOT_FOUND, now, "").encode());
                caches.lastGood().remove(key);
            }
            case RemoteAnswer.AuthorisationRequired auth -> caches.lastGood().remove(key);
            case RemoteAnswer.Unavailable unavailable -> {
                caches.fresh().put(key, new CachedCopy(CachedCopy.Kind.UNAVAILABLE, now, "").encode());
                if (unavailable.linkDown()) {
                    caches.fresh().put(SummaryCaches.linkDownKey(linkId),
                            new CachedCopy(CachedCopy.Kind.UNAVAILABLE, now, "").encode());
                }
            }
        }
        return answer;
    }

    /** Runs {@code request} unless the same key is already being asked for on this node; then waits for that one. */
    private RemoteAnswer askOnce(String key, Supplier<RemoteAnswer> request) {
        CompletableFuture<RemoteAnswer> mine = new CompletableFuture<>();
        CompletableFuture<RemoteAnswer> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            RemoteAnswer answer = request.get();
            mine.complete(answer);
            return answer;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private CachedCopy freshCopy(String key) {
        CachedCopy copy = CachedCopy.decode(caches.fresh().get(key));
        if (copy == null) {
            return null;
        }
        Instant now = clock.instant();
        boolean fresh = !copy.fetchedAt().plus(SummaryCaches.FRESH_TTL).isBefore(now) && !copy.fetchedAt().isAfter(now);
        return fresh ? copy : null;
    }

    private FetchResult fromCopy(CachedCopy copy, String key, String issueKey) {
        return switch (copy.kind()) {
            case OK -> read(copy.body(), copy.fetchedAt());
            case TOO_LARGE -> new FetchResult.Unreadable(SummaryJson.tooLarge());
            case NOT_FOUND -> new FetchResult.NotFound();
            case UNAVAILABLE -> new FetchResult.Unavailable(lastGoodCopy(key, issueKey));
        };
    }

    /**
     * The viewer's last good copy if it is still usable. A stored copy that is corrupt (not a copy this version
     * can decode, not a summary, dated further in the future than {@link #CLOCK_SKEW_TOLERANCE}, or a summary
     * that no longer reads) is treated as absent and removed, so it is logged once, not on every render.
     */
    private FetchResult.Fetched lastGoodCopy(String key, String issueKey) {
        String stored = caches.lastGood().get(key);
        if (stored == null) {
            return null;
        }
        CachedCopy copy = CachedCopy.decode(stored);
        Instant now = clock.instant();
        if (copy == null || copy.kind() != CachedCopy.Kind.OK) {
            return dropCorrupt(key, issueKey, "not a stored summary");
        }
        if (copy.fetchedAt().isAfter(now.plus(CLOCK_SKEW_TOLERANCE))) {
            return dropCorrupt(key, issueKey, "dated " + copy.fetchedAt() + ", in the future");
        }
        if (copy.fetchedAt().plus(SummaryCaches.LAST_GOOD_TTL).isBefore(now)) {
            return null;
        }
        FetchResult result = read(copy.body(), copy.fetchedAt());
        if (result instanceof FetchResult.Unreadable unreadable) {
            return dropCorrupt(key, issueKey, unreadable.error().getMessage());
        }
        return (FetchResult.Fetched) result;
    }

    private FetchResult.Fetched dropCorrupt(String key, String issueKey, String why) {
        LOG.warn("Dropped a viewer's stored last good copy of postmortem summary {}, treated as absent: {}", issueKey, why);
        caches.lastGood().remove(key);
        return null;
    }

    /** Reads a body for display; not logged as a warning, as {@link #readable} did that when it arrived. */
    private static FetchResult read(String body, Instant fetchedAt) {
        try {
            DebriefSummary summary = SummaryJson.read(body);
            return new FetchResult.Fetched(summary, fetchedAt);
        } catch (SummaryFormatException e) {
            LOG.debug("Postmortem summary from Jira cannot be read: {}", e.getMessage());
            return new FetchResult.Unreadable(e);
        }
    }

    /** Whether an answer that has just arrived reads; the one warning for an unreadable answer is logged here. */
    private static boolean readable(String body, String linkName, String issueKey) {
        try {
            SummaryJson.read(body);
            return true;
        } catch (SummaryFormatException e) {
            LOG.warn("Jira link {} answered for postmortem summary {} with a document that cannot be read (shown as such for {} s): {}",
                    linkName, issueKey, SummaryCaches.FRESH_TTL.toSeconds(), e.getMessage());
            return false;
        }
    }
}
