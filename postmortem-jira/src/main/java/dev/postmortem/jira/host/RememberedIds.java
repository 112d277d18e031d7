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
import java.util.function.Function;

/**
 * The Jira ids of what setup created, by role, as stored in {@link SetupObjects}. Code that runs on every issue view
 * asks here, so each role is read from the database once per node and then only when the remembered id no longer
 * resolves (or nothing was remembered) and the last read is older than {@link #RECHECK}: another node's setup may
 * have remembered a new object since. The memo is node-local but cannot decide anything stale: every answer is
 * checked against Jira's own objects.
 */
public class RememberedIds {

    static final Duration RECHECK = Duration.ofMinutes(1);

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

    private record Read(Optional<String> id, Instant at) {
    }

    private final SetupObjects store;
    private final Clock clock;
    private final ConcurrentMap<String, Read> reads = new ConcurrentHashMap<>();
    private final OncePerNode unreadable = new OncePerNode();

    public RememberedIds(SetupObjects store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @param byId Jira's object for an id, or null when Jira does not know it */
    public <T> Lookup<T> lookup(String role, Function<String, T> byId) {
        Read read = reads.computeIfAbsent(role, this::read);
        Lookup<T> result = resolve(read, byId);
        if (!(result instanceof Found) && clock.instant().isAfter(read.at().plus(RECHECK))) {
            read = read(role);
            reads.put(role, read);
            result = resolve(read, byId);
        }
        return result;
    }

    /** Stores the id for the role (setup, under its cluster lock) and uses it on this node at once. */
    public void remember(String role, String id) {
        store.remember(role, id);
        reads.put(role, new Read(Optional.of(id), clock.instant()));
    }

    private static <T> Lookup<T> resolve(Read read, Function<String, T> byId) {
        if (read.id().isEmpty()) {
            return new NotRemembered<>();
        }
        T object = byId.apply(read.id().get());
        return object == null ? new Gone<>(read.id().get()) : new Found<>(object);
    }

    private Read read(String role) {
        try {
            return new Read(store.idOf(role), clock.instant());
        } catch (RuntimeException e) {
            // Storage unreadable: callers fall back to finding the object by name; read again after RECHECK.
            if (unreadable.first(role)) {
                LOG.warn("Could not read which Jira object setup remembered for '{}'; it is found by name until the"
                        + " database answers (logged once per node)", role, e);
            }
            return new Read(Optional.empty(), clock.instant());
        }
    }
}
