package dev.postmortem.jira.report;

import dev.postmortem.core.narrative.FailureClass;

import java.time.Instant;
import java.util.Optional;

/**
 * One postmortem of the process report, as the page, the JSON and the CSV show it. Counts are over the actions the
 * caller may browse only.
 *
 * @param debriefHeldAt      the current debrief; every row has one (the report lists debriefed postmortems)
 * @param soakEndedAt        the recorded end of its soak; null while it soaks or when none was recorded
 * @param firstCommitAt      the first commit of a visible action after the debrief; null when none
 * @param hoursToFirstCommit hours from the debrief to that commit; null when none
 * @param soakHours          hours from the debrief to the recorded soak end; null when none is recorded
 * @param actions            the visible linked actions by their state now
 * @param overrides          overrides that count on visible actions
 * @param failureClass       the narrative's failure class; null while undecided
 */
public record ReportRow(String key, Instant debriefHeldAt, Instant soakEndedAt, Instant firstCommitAt,
        Double hoursToFirstCommit, Double soakHours, ActionTotals actions, int overrides, FailureClass failureClass) {

    public Optional<FailureClass> failure() {
        return Optional.ofNullable(failureClass);
    }
}
