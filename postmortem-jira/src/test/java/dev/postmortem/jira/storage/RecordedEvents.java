package dev.postmortem.jira.storage;

import dev.postmortem.core.process.CurrentDebrief;
import dev.postmortem.core.process.ProcessStep;

import java.util.List;
import java.util.Optional;

/**
 * What tests read back from a {@link ProcessEventLog}: an issue's events in record order, and its current debrief
 * and soak end as the core's {@link CurrentDebrief} finds them there. Through the log's production reads only, so
 * the tests check what the process view and the soak-end job will see.
 */
public final class RecordedEvents {

    private RecordedEvents() {
    }

    /** The issue's events in the order they were appended. */
    public static List<ProcessEvent> of(ProcessEventLog log, long issueId) {
        return log.forIssuesInRecordOrder(List.of(issueId));
    }

    /** The issue's current debrief, or empty when there is none or it was cleared. */
    public static Optional<ProcessEvent> currentDebrief(ProcessEventLog log, long issueId) {
        List<ProcessEvent> events = of(log, issueId);
        return CurrentDebrief.in(events, RecordedEvents::stepKind).map(current -> events.get(current.debrief()));
    }

    /** The soak end recorded for the issue's current debrief, or empty while it soaks or without a debrief. */
    public static Optional<ProcessEvent> currentSoakEnd(ProcessEventLog log, long issueId) {
        List<ProcessEvent> events = of(log, issueId);
        return CurrentDebrief.in(events, RecordedEvents::stepKind).filter(CurrentDebrief::soakEnded)
                .map(current -> events.get(current.soakEnd()));
    }

    private static ProcessStep.Kind stepKind(ProcessEvent event) {
        return event.type().stepKind().orElse(null);
    }
}
