package dev.postmortem.jira.storage;

import dev.postmortem.core.process.CurrentDebrief;
import dev.postmortem.core.process.ProcessStep;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ProcessEventLog} in memory, for tests of the code that uses it; {@link InMemoryStorageTest} and
 * {@link InMemoryProcessViewStorageTest} run the AO log's contract on it. A list in record order; times keep
 * milliseconds, as in the table. The debrief rules are the core's {@link CurrentDebrief}, as in the AO log.
 */
public class InMemoryProcessEventLog implements ProcessEventLog {

    private static final Set<ProcessEventType> DEBRIEF_TYPES =
            EnumSet.of(ProcessEventType.DEBRIEF_HELD, ProcessEventType.DEBRIEF_CLEARED);
    private static final Set<ProcessEventType> DEBRIEF_AND_SOAK_TYPES =
            EnumSet.of(ProcessEventType.DEBRIEF_HELD, ProcessEventType.DEBRIEF_CLEARED, ProcessEventType.SOAK_ENDED);
    private static final Comparator<ProcessEvent> OLDEST_FIRST = Comparator.comparing(ProcessEvent::at);

    private final List<ProcessEvent> recordOrder = new ArrayList<>();

    @Override
    public synchronized void append(ProcessEvent event) {
        recordOrder.add(new ProcessEvent(event.type(), event.issueId(), event.projectId(),
                event.at().truncatedTo(ChronoUnit.MILLIS), event.actorKey(), event.actionId(), event.detail()));
    }

    /** Every event appended, in record order. */
    public synchronized List<ProcessEvent> all() {
        return List.copyOf(recordOrder);
    }

    private Optional<ProcessEvent> currentDebrief(long issueId) {
        List<ProcessEvent> rows = rows(issueId, DEBRIEF_TYPES);
        return current(rows).map(current -> rows.get(current.debrief()));
    }

    @Override
    public synchronized boolean appendDebriefChange(ProcessEvent debriefEvent) {
        if (!DEBRIEF_TYPES.contains(debriefEvent.type())) {
            throw new IllegalArgumentException("Not a debrief event: " + debriefEvent.type());
        }
        Optional<ProcessEvent> current = currentDebrief(debriefEvent.issueId());
        boolean changes = debriefEvent.type() == ProcessEventType.DEBRIEF_CLEARED
                ? current.isPresent()
                : current.filter(held -> sameDebrief(held, debriefEvent)).isEmpty();
        if (changes) {
            append(debriefEvent);
        }
        return changes;
    }

    @Override
    public synchronized boolean appendSoakEnd(ProcessEvent debrief, Instant soakEndsAt) {
        Objects.requireNonNull(soakEndsAt, "soakEndsAt");
        List<ProcessEvent> rows = rows(debrief.issueId(), DEBRIEF_AND_SOAK_TYPES);
        Optional<CurrentDebrief> current = current(rows);
        boolean awaits = current.filter(held -> sameDebrief(rows.get(held.debrief()), debrief))
                .filter(held -> !held.soakEnded()).isPresent();
        if (awaits) {
            append(new ProcessEvent(ProcessEventType.SOAK_ENDED, debrief.issueId(), debrief.projectId(), soakEndsAt,
                    null));
        }
        return awaits;
    }

    @Override
    public synchronized List<ProcessEvent> debriefsAwaitingSoakEnd(int limit) {
        Set<Long> issueIds = new LinkedHashSet<>();
        for (int i = recordOrder.size() - 1, seen = 0; i >= 0 && seen < limit; i--) {
            if (recordOrder.get(i).type() == ProcessEventType.DEBRIEF_HELD) {
                issueIds.add(recordOrder.get(i).issueId());
                seen++;
            }
        }
        List<ProcessEvent> awaiting = new ArrayList<>();
        for (long issueId : issueIds) {
            List<ProcessEvent> rows = rows(issueId, DEBRIEF_AND_SOAK_TYPES);
            current(rows).filter(current -> !current.soakEnded())
                    .ifPresent(current -> awaiting.add(rows.get(current.debrief())));
        }
        return awaiting;
    }

    @Override
    public synchronized List<ProcessEvent> forIssuesInRecordOrder(Collection<Long> issueIds) {
        Set<Long> ids = Set.copyOf(issueIds);
        return recordOrder.stream().filter(e -> ids.contains(e.issueId())).toList();
    }

    @Override
    public synchronized List<ProcessEvent> debriefsHeldBetween(long projectId, Instant from, Instant to, int limit) {
        List<ProcessEvent> held = new ArrayList<>();
        for (int i = recordOrder.size() - 1; i >= 0; i--) {
            ProcessEvent e = recordOrder.get(i);
            if (e.type() == ProcessEventType.DEBRIEF_HELD && e.projectId() == projectId && within(e, from, to)) {
                held.add(e);
            }
        }
        // Newest recorded first, so the stable sort keeps that order among equal times (ID DESC in the table).
        return held.stream().sorted(OLDEST_FIRST.reversed()).limit(Math.max(limit, 0)).toList();
    }

    @Override
    public synchronized List<ProcessEvent> soakEndsBetween(Instant from, Instant to, int limit) {
        List<ProcessEvent> ended = new ArrayList<>();
        for (int i = recordOrder.size() - 1; i >= 0; i--) {
            ProcessEvent e = recordOrder.get(i);
            if (e.type() == ProcessEventType.SOAK_ENDED && within(e, from, to)) {
                ended.add(e);
            }
        }
        return ended.stream().sorted(OLDEST_FIRST.reversed()).limit(Math.max(limit, 0)).toList();
    }

    private List<ProcessEvent> rows(long issueId, Set<ProcessEventType> types) {
        return recordOrder.stream().filter(e -> e.issueId() == issueId && types.contains(e.type())).toList();
    }

    private static Optional<CurrentDebrief> current(List<ProcessEvent> rows) {
        return CurrentDebrief.in(rows, e -> e.type().stepKind().orElse((ProcessStep.Kind) null));
    }

    private static boolean sameDebrief(ProcessEvent held, ProcessEvent debrief) {
        return held.at().equals(debrief.at().truncatedTo(ChronoUnit.MILLIS)) && held.projectId() == debrief.projectId();
    }

    private static boolean within(ProcessEvent event, Instant from, Instant to) {
        return !event.at().isBefore(from) && event.at().isBefore(to);
    }
}
