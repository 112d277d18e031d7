package dev.postmortem.confluence.macro;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The two caches behind the macro, both keyed by viewer, application link and issue key ({@link #key}), both
 * holding {@link CachedCopy#encode() encoded} Strings:
 * <ul>
 * <li><b>fresh</b> ({@link #FRESH_TTL}): what Jira last answered; <em>local</em> to the node on purpose, so Jira gets
 * at most nodes &times; distinct keys requests per TTL.</li>
 * <li><b>last good</b> ({@link #LAST_GOOD_TTL}): the last summary each viewer could read, shown while Jira is down;
 * clustered and replicated by copy, per viewer because another reader may not be allowed to see it.</li>
 * </ul>
 * Why per node and per viewer: docs/adr/0012-confluence-macro-caches.md. Expiry settings are hints an administrator
 * may change; {@link SummaryFetcher} checks a copy's age itself.
 */
public final class SummaryCaches {

    /** How long an answer from Jira is reused: a live summary at most a minute old, one request per minute. */
    static final Duration FRESH_TTL = Duration.ofSeconds(60);
    /** How long the last good copy is kept for outages. */
    static final Duration LAST_GOOD_TTL = Duration.ofDays(7);
    static final int FRESH_MAX_ENTRIES = 5_000;
    static final int LAST_GOOD_MAX_ENTRIES = 2_000;

    static final String FRESH_NAME = SummaryCaches.class.getName() + ".fresh";
    static final String LAST_GOOD_NAME = SummaryCaches.class.getName() + ".lastGood";

    private final Cache<String, String> fresh;
    private final Cache<String, String> lastGood;

    public SummaryCaches(CacheManager cacheManager) {
        this(cacheManager.getCache(FRESH_NAME, null, new CacheSettingsBuilder()
                        .local()
                        .expireAfterWrite(FRESH_TTL.toSeconds(), TimeUnit.SECONDS)
                        .maxEntries(FRESH_MAX_ENTRIES)
                        .build()),
                cacheManager.getCache(LAST_GOOD_NAME, null, new CacheSettingsBuilder()
                        .remote()
                        .replicateViaCopy()
                        .replicateAsynchronously()
                        .expireAfterWrite(LAST_GOOD_TTL.toSeconds(), TimeUnit.SECONDS)
                        .maxEntries(LAST_GOOD_MAX_ENTRIES)
                        .build()));
    }

    SummaryCaches(Cache<String, String> fresh, Cache<String, String> lastGood) {
        this.fresh = fresh;
        this.lastGood = lastGood;
    }

    Cache<String, String> fresh() {
        return fresh;
    }

    Cache<String, String> lastGood() {
        return lastGood;
    }

    /** Viewer, link and issue; NUL cannot occur in any of them. Anonymous readers share one key per link and issue. */
    static String key(String userKey, String linkId, String issueKey) {
        return (userKey == null ? "" : "u:" + userKey) + '\u0000' + linkId + '\u0000' + issueKey;
    }

    /** The marker that a link could not be reached: set for one TTL so other macros do not wait for it too. */
    static String linkDownKey(String linkId) {
        return "link-down" + '\u0000' + linkId;
    }
}
