package dev.postmortem.jira.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link SettingsChangeLog} in memory, for tests of the code that uses it; {@link InMemoryProjectSettingsStorageTest}
 * runs the AO log's contract on it. Newest first by time, then by the order written, as {@link AoSettingsChangeLog}.
 */
public class InMemorySettingsChangeLog implements SettingsChangeLog {

    private final List<SettingsChange> changes = new ArrayList<>();

    @Override
    public synchronized void record(SettingsChange change) {
        changes.add(change);
    }

    @Override
    public synchronized List<SettingsChange> recent(long projectId, int limit) {
        int bounded = Math.max(0, Math.min(limit, MAX_RECENT));
        List<SettingsChange> project = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            if (changes.get(i).projectId() == projectId) {
                project.add(changes.get(i));
            }
        }
        // Stable sort: equal times keep newest-written first.
        project.sort(Comparator.comparing(SettingsChange::at).reversed());
        return List.copyOf(project.subList(0, Math.min(bounded, project.size())));
    }

    /** Every change recorded, oldest first. */
    public synchronized List<SettingsChange> all() {
        return List.copyOf(changes);
    }
}
