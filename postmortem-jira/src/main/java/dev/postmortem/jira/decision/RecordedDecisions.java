package dev.postmortem.jira.decision;

import dev.postmortem.core.decision.Choice;
import dev.postmortem.core.decision.RecordedDecision;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decisions a postmortem's process log holds for its actions: for each action, the latest recorded (record
 * order) of its commits ({@link ProcessEventType#ACTIONS_COMMITTED}) and drops ({@link ProcessEventType#ACTION_DROPPED},
 * with the reason). Events that name no action (commits recorded before the log kept the action) decide nothing.
 */
public final class RecordedDecisions {

    private final Map<Long, RecordedDecision> latest;
    private final Map<Long, String> dropReasons;

    private RecordedDecisions(Map<Long, RecordedDecision> latest, Map<Long, String> dropReasons) {
        this.latest = latest;
        this.dropReasons = dropReasons;
    }

    /** @param recordOrder one postmortem's events in the order they were recorded */
    public static RecordedDecisions of(List<ProcessEvent> recordOrder) {
        Map<Long, RecordedDecision> latest = new HashMap<>();
        Map<Long, String> dropReasons = new HashMap<>();
        for (ProcessEvent event : recordOrder) {
            if (event.actionId() == null) {
                continue;
            }
            if (event.type() == ProcessEventType.ACTIONS_COMMITTED) {
                latest.put(event.actionId(), new RecordedDecision(Choice.COMMIT, event.at()));
                dropReasons.remove(event.actionId());
            } else if (event.type() == ProcessEventType.ACTION_DROPPED) {
                latest.put(event.actionId(), new RecordedDecision(Choice.DROP, event.at()));
                dropReasons.put(event.actionId(), event.detail() == null ? "" : event.detail());
            }
        }
        return new RecordedDecisions(latest, dropReasons);
    }

    /** The latest decision recorded for the action. */
    public Optional<RecordedDecision> of(long actionId) {
        return Optional.ofNullable(latest.get(actionId));
    }

    /** The reason of the action's latest decision when that was a drop. */
    public Optional<String> dropReason(long actionId) {
        return Optional.ofNullable(dropReasons.get(actionId));
    }
}
