package dev.postmortem.jira.storage;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SetupObjects} in memory, for tests of the code that uses it; {@link InMemorySetupObjectsTest} runs the AO
 * store's contract on it. Refuses the roles and ids the table cannot hold, as {@link AoSetupObjects} does.
 */
public class InMemorySetupObjects implements SetupObjects {

    private final Map<String, String> ids = new ConcurrentHashMap<>();
    private int reads;
    /** When set, every read fails with it (a database that does not answer). */
    public RuntimeException failReads;

    @Override
    public Optional<String> idOf(String role) {
        checked(role, "role");
        reads++;
        if (failReads != null) {
            throw failReads;
        }
        return Optional.ofNullable(ids.get(role));
    }

    @Override
    public boolean remember(String role, String objectId) {
        checked(role, "role");
        checked(objectId, "objectId");
        return !objectId.equals(ids.put(role, objectId));
    }

    /** How often {@link #idOf} was asked: what a node-local memo must keep low. */
    public int reads() {
        return reads;
    }

    private static void checked(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(name + " must be 1 to " + MAX_LENGTH + " characters");
        }
    }
}
