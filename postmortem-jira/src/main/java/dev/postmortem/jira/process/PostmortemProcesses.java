package dev.postmortem.jira.process;

import dev.postmortem.core.process.PostmortemProcess;
import dev.postmortem.core.process.ProcessStep;
import dev.postmortem.jira.storage.OverrideLog;
import dev.postmortem.jira.storage.OverrideRecord;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads postmortems' processes from the process-event log and the override audit log and hands them to the core
 * ({@link PostmortemProcess}), which applies the rules. Overrides come from the audit log because it names the
 * postmortem; the {@code OVERRIDE} process event is keyed by the action. Two bulk reads for any number of
 * postmortems (chunked by the storage), no Jira lookup: permissions are the callers' business.
 */
public class PostmortemProcesses {

    private final ProcessEventLog events;
    private final OverrideLog overrides;

    public PostmortemProcesses(ProcessEventLog events, OverrideLog overrides) {
        this.events = Objects.requireNonNull(events, "events");
        this.overrides = Objects.requireNonNull(overrides, "overrides");
    }

    /** One postmortem's process and the newest override of its actions (null when none). */
    public record Recorded(PostmortemProcess process, OverrideRecord newestOverride) {

        public Recorded {
            Objects.requireNonNull(process, "process");
        }

        public Optional<OverrideRecord> newest() {
            return Optional.ofNullable(newestOverride);
        }
    }

    public Recorded of(long postmortemId) {
        List<OverrideRecord> recorded = overrides.forPostmortems(List.of(postmortemId));
        PostmortemProcess process = PostmortemProcess.of(steps(events.forIssuesInRecordOrder(List.of(postmortemId))),
                recorded.size());
        return new Recorded(process, recorded.isEmpty() ? null : recorded.get(0));
    }

    /** The processes of these postmortems, in the order given; one with nothing recorded is an empty process. */
    public Map<Long, PostmortemProcess> of(Collection<Long> postmortemIds) {
        Map<Long, List<ProcessEvent>> byIssue = new HashMap<>();
        for (ProcessEvent event : events.forIssuesInRecordOrder(postmortemIds)) {
            byIssue.computeIfAbsent(event.issueId(), id -> new ArrayList<>()).add(event);
        }
        Map<Long, Integer> overrideCounts = new HashMap<>();
        for (OverrideRecord record : overrides.forPostmortems(postmortemIds)) {
            overrideCounts.merge(record.postmortemIssueId(), 1, Integer::sum);
        }
        Map<Long, PostmortemProcess> processes = new LinkedHashMap<>();
        for (Long id : postmortemIds) {
            processes.put(id, PostmortemProcess.of(steps(byIssue.getOrDefault(id, List.of())),
                    overrideCounts.getOrDefault(id, 0)));
        }
        return processes;
    }

    /** The events as core steps, in the same (record) order. */
    static List<ProcessStep> steps(List<ProcessEvent> recordOrder) {
        List<ProcessStep> steps = new ArrayList<>();
        for (ProcessEvent event : recordOrder) {
            kind(event).ifPresent(kind -> steps.add(new ProcessStep(kind, event.at(), event.actorKey())));
        }
        return steps;
    }

    private static Optional<ProcessStep.Kind> kind(ProcessEvent event) {
        return switch (event.type()) {
            case DEBRIEF_HELD -> Optional.of(ProcessStep.Kind.DEBRIEF_HELD);
            case DEBRIEF_CLEARED -> Optional.of(ProcessStep.Kind.DEBRIEF_CLEARED);
            case SOAK_ENDED -> Optional.of(ProcessStep.Kind.SOAK_ENDED);
            case ACTIONS_COMMITTED -> Optional.of(ProcessStep.Kind.ACTION_COMMITTED);
            // OVERRIDE is keyed by the action, and a kind added later is not a step until the core knows it.
            default -> Optional.empty();
        };
    }
}
