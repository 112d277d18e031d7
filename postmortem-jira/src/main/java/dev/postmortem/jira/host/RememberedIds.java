package dev.postmortem.jira.host;

import dev.postmortem.jira.storage.SetupObjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The Jira ids of what setup created, by role, as stored in {@link SetupObjects}.
 *
 * <p>Features ask {@link #lookup}, which runs on every issue view: each role is read from the database once per node
 * and then at most once per {@link #RECHECK} (another node's setup may have remembered a new object), by one thread
 * while the others keep the previous answer; a read that fails counts as "nothing remembered" until the next one.
 * Every answer is checked against Jira's own objects, so a stale memo cannot name an object Jira no longer has.
 *
 * <p>Setup asks {@link #fresh} under its cluster lock: always from the database, and a failed read fails the step
 * instead of letting it create a second object.
 */
public class RememberedIds {

    public static final Duration RECHECK = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(RememberedIds.class);

    /** What a role resolves to: the object, an id Jira no longer knows, or nothing remembered yet. */
    public sealed interface Lookup<T> permits Found, Gone, NotRemembered {
    }

    public record Found<T>(T object) implements Lookup<T> {
    }

    public record Gone<T>(String id) implements Lookup<T> {
    }

    public record NotRemembered<T>() implements Lookup<T> {
    }

    private record Read(Optional<String> id, Instant at, long generation) {
    }

    private final SetupObjects store;
    private final Clock clock;
    private final ConcurrentMap<String, Read> reads = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicBoolean> refreshing = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> generations = new ConcurrentHashMap<>();
    private final OncePerNode unreadable = new OncePerNode();

    public RememberedIds(SetupObjects store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** For features: from the node's memo, read again at most every {@link #RECHECK}. */
    public <T> Lookup<T> lookup(String role, Function<String, T> byId) {
        Read read = reads.get(role);
        if (read == null || clock.instant().isAfter(read.at().plus(RECHECK))) {
            read = refresh(role, read);
        }
        return resolve(read.id(), byId);
    }

    /**
     * For setup, under its cluster lock: straight from the database, never from the memo.
     *
     * @throws RuntimeException when the database cannot be read: the step fails and creates nothing
     */
    public <T> Lookup<T> fresh(String role, Function<String, T> byId) {
        long generation = generation(role);
        Optional<String> id = store.idOf(role);
        keep(role, new Read(id, clock.instant(), generation));
        return resolve(id, byId);
    }

    /** Stores the id for the role (setup, under its cluster lock) and uses it on this node at once. */
    public void remember(String role, String id) {
        store.remember(role, id);
        long generation = generations.merge(role, 1L, Long::sum);
        reads.put(role, new Read(Optional.of(id), clock.instant(), generation));
    }

    private Read refresh(String role, Read previous) {
        AtomicBoolean flag = refreshing.computeIfAbsent(role, r -> new AtomicBoolean());
        if (previous != null && !flag.compareAndSet(false, true)) {
            return previous; // another thread is reading; the answer it replaces is at most RECHECK old
        }
        try {
            long generation = generation(role);
            Read read;
            try {
                read = new Read(store.idOf(role), clock.instant(), generation);
            } catch (RuntimeException e) {
                if (unreadable.first(role)) {
                    LOG.warn("Could not read which Jira object setup remembered for '{}'; features find it by name"
                            + " until the database answers (logged once per node)", role, e);
                }
                read = new Read(Optional.empty(), clock.instant(), generation);
            }
            return keep(role, read);
        } finally {
            if (previous != null) {
                flag.set(false);
            }
        }
    }

    /** Keeps the read unless this node remembered something newer while it was reading. */
    private Read keep(String role, Read read) {
        return reads.compute(role, (r, current) ->
                current != null && current.generation() > read.generation() ? current : read);
    }

    private long generation(String role) {
        return generations.getOrDefault(role, 0L);
    }

    private static <T> Lookup<T> resolve(Optional<String> id, Function<String, T> byId) {
        if (id.isEmpty()) {
            return new NotRemembered<>();
        }
        T object = byId.apply(id.get());
        return object == null ? new Gone<>(id.get()) : new Found<>(object);
    }
}
