package dev.postmortem.jira.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one setup run: a result per step in run order, or "skipped" when another node held the setup
 * lock for longer than this node was willing to wait.
 */
public final class SetupReport {

    private final boolean skipped;
    private final Map<String, StepResult> results;

    private SetupReport(boolean skipped, Map<String, StepResult> results) {
        this.skipped = skipped;
        this.results = results;
    }

    static SetupReport skippedBecauseLocked() {
        return new SetupReport(true, Map.of());
    }

    static SetupReport of(Map<String, StepResult> results) {
        return new SetupReport(false, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results)));
    }

    /** True when this node did nothing because another node was running setup (see {@link PostmortemSetup}). */
    public boolean skipped() {
        return skipped;
    }

    /** Results by step id, in the order the steps ran. */
    public Map<String, StepResult> results() {
        return results;
    }

    public Optional<StepResult> result(String stepId) {
        return Optional.ofNullable(results.get(stepId));
    }

    public boolean changedSomething() {
        return results.values().stream().anyMatch(StepResult::changedSomething);
    }

    public List<String> failedSteps() {
        return results.entrySet().stream()
                .filter(e -> e.getValue().outcome() == StepResult.Outcome.FAILED)
                .map(Map.Entry::getKey)
                .toList();
    }
}
