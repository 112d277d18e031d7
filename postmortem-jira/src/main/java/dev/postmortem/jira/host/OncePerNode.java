package dev.postmortem.jira.host;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which conditions this node has already reported, so that code running on every issue view logs a
 * broken configuration once instead of flooding the log. Node-local on purpose: forgetting on restart only means
 * one more log line. Bounded: after {@link #MAX_REMEMBERED} distinct keys it reports nothing new. The one way the
 * Jira module logs "once per node" (the soak gate's problems, the soak-end job's failing issues, the first stack
 * trace of a narrative search failure, missing host services, deleted setup objects); Confluence has no such log.
 */
public final class OncePerNode {

    public static final int MAX_REMEMBERED = 1000;

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    /** True the first time this node sees the key (then the caller logs), false afterwards. */
    public boolean first(String key) {
        return seen.size() < MAX_REMEMBERED && seen.add(key);
    }
}
