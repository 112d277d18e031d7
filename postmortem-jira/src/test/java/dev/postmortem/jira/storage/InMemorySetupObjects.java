package dev.postmortem.jira.storage;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SetupObjects} in memory, for tests of the code that uses it (the AO store has its own contract test). */
public class InMemorySetupObjects implements SetupObjects {

    private final Map<String, String> ids = new ConcurrentHashMap<>();
    private int reads;
    /** When set, every read fails with it (a database that does not answer). */
    public RuntimeException failReads;

    @Override
    public Optional<String> idOf(String role) {
        Objects.requireNonNull(role, "role");
        reads++;
        if (failReads != null) {
            throw failReads;
        }
        return Optional.ofNullable(ids.get(role));
    }

    @Override
    public boolean remember(String role, String objectId) {
        return !objectId.equals(ids.put(role, objectId));
    }

    /** How often {@link #idOf} was asked: what a node-local memo must keep low. */
    public int reads() {
        return reads;
    }
}
