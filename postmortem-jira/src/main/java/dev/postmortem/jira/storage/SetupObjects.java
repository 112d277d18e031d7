package dev.postmortem.jira.storage;

import java.util.Optional;

/** The Jira objects setup created or adopted, remembered by id per role (see {@link SetupObjectEntity}). */
public interface SetupObjects {

    /** Longest role and object id stored. */
    int MAX_LENGTH = 64;

    Optional<String> idOf(String role);

    /** Remembers the id for the role; returns whether anything was written (false when it was already stored). */
    boolean remember(String role, String objectId);
}
