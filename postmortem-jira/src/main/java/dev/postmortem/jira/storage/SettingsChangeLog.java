package dev.postmortem.jira.storage;

import java.util.List;

/** The audit of who changed a project's Postmortem settings, when, and from what to what. Append-only. */
public interface SettingsChangeLog {

    /** The most changes {@link #recent} answers. */
    int MAX_RECENT = 100;

    void record(SettingsChange change);

    /** The project's latest changes, newest first, at most {@code limit} (capped at {@link #MAX_RECENT}). */
    List<SettingsChange> recent(long projectId, int limit);
}
