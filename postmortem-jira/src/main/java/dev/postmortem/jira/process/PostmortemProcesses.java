package dev.postmortem.jira.process;

import dev.postmortem.core.process.PostmortemProcess;
import dev.postmortem.core.process.ProcessStep;
import dev.postmortem.jira.storage.OverrideLog;
import dev.postmortem.jira.storage.OverrideRecord;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Reads postmortems' processes from the process-event log and the override audit log and hands them to the core
 * ({@link PostmortemProcess}), which applies the rules. Overrides come from the audit log because it names the
 * postmortem; the {@code OVERRIDE} process event is keyed by the action. Two bulk reads for any number of
 * postmortems (chunked by the storage), no Jira lookup: which actions a viewer may browse is the callers' business,
 * and they say it with a predicate on action ids ({@link Recorded#process}).
 *
 * <p>The rule for actions (the summary's: hidden actions count nowhere, not even their number leaks): a commit
 * counts only when its event names an action the viewer may browse, so the first commit after the debrief is the
 * earliest <em>visible</em> one; a commit recorded without an action (none in released versions) counts for nobody.
 * An override counts when it was not revoked and its action is visible. Revoked overrides do not count: the soak
 * gate and the soak panel treat a revoked override as never given ({@code SoakRecords.overridesFor}); an expired one
 * was honoured while it lasted, so it counts.
 */
public class PostmortemProcesses {

    private final ProcessEventLog events;
    private final OverrideLog overrides;

    public PostmortemProcesses(ProcessEventLog events, OverrideLog overrides) {
        this.events = Objects.requireNonNull(events, "events");
        this.overrides = Objects.requireNonNull(overrides, "overrides");
    }

    /**
     * What is recorded for one postmortem, before any viewer is considered.
     *
     * @param events    its process events in record order
     * @param overrides the overrides of its actions, newest first, revoked ones included
     */
    public record Recorded(List<ProcessEvent> events, List<OverrideRecord> overrides) {

        public Recorded {
            events = List.copyOf(events);
            overrides = List.copyOf(overrides);
        }

        /**
         * The distinct actions whose visibility decides the counts: those of commits and of overrides that count
         * (not revoked), first seen first. What a caller must check, and nothing more.
         */
        public Set<Long> actionIds() {
            Set<Long> ids = new LinkedHashSet<>();
            events.stream().filter(Recorded::isCommit).forEach(event -> event.action().ifPresent(ids::add));
            overrides.stream().filter(Recorded::counts).forEach(record -> ids.add(record.actionIssueId()));
            return ids;
        }

        /**
         * The process as a viewer sees it who may browse exactly the actions {@code visibleAction} accepts: the
         * debrief and soak steps, the commits of visible actions, the overrides that count on visible actions.
         * {@code visibleAction} is asked only about {@link #actionIds()}.
         */
        public PostmortemProcess process(LongPredicate visibleAction) {
            List<ProcessStep> steps = new ArrayList<>();
            for (ProcessEvent event : events) {
                if (isCommit(event) && !event.action().filter(visibleAction::test).isPresent()) {
                    continue;
                }
                event.type().stepKind().ifPresent(kind -> steps.add(new ProcessStep(kind, event.at(), event.actorKey())));
            }
            return PostmortemProcess.of(steps, overrideTimes(visibleAction).size());
        }

        /**
         * When each override that counts on an action {@code visibleAction} accepts was given, newest first: what
         * {@link #process} counts, with its times (the process report's overrides per month).
         */
        public List<Instant> overrideTimes(LongPredicate visibleAction) {
            return overrides.stream()
                    .filter(record -> counts(record) && visibleAction.test(record.actionIssueId()))
                    .map(record -> record.override().at())
                    .toList();
        }

        /** The newest override that counts on an action {@code visibleAction} accepts. */
        public Optional<OverrideRecord> newestOverride(LongPredicate visibleAction) {
            return overrides.stream()
                    .filter(record -> counts(record) && visibleAction.test(record.actionIssueId()))
                    .findFirst();
        }

        private static boolean isCommit(ProcessEvent event) {
            return event.type() == ProcessEventType.ACTIONS_COMMITTED;
        }

        /** Not revoked: what the soak gate and the soak panel call an override. */
        private static boolean counts(OverrideRecord record) {
            return record.revocation().isEmpty();
        }
    }

    public Recorded of(long postmortemId) {
        return new Recorded(events.forIssuesInRecordOrder(List.of(postmortemId)),
                overrides.forPostmortems(List.of(postmortemId)));
    }

    /** What is recorded for these postmortems, in the order given; one with nothing recorded has empty lists. */
    public Map<Long, Recorded> of(Collection<Long> postmortemIds) {
        Map<Long, List<ProcessEvent>> byIssue = new HashMap<>();
        for (ProcessEvent event : events.forIssuesInRecordOrder(postmortemIds)) {
            byIssue.computeIfAbsent(event.issueId(), id -> new ArrayList<>()).add(event);
        }
        Map<Long, List<OverrideRecord>> overridesByIssue = new HashMap<>();
        for (OverrideRecord record : overrides.forPostmortems(postmortemIds)) {
            overridesByIssue.computeIfAbsent(record.postmortemIssueId(), id -> new ArrayList<>()).add(record);
        }
        Map<Long, Recorded> recorded = new LinkedHashMap<>();
        for (Long id : postmortemIds) {
            recorded.put(id, new Recorded(byIssue.getOrDefault(id, List.of()),
                    overridesByIssue.getOrDefault(id, List.of())));
        }
        return recorded;
    }
}
