package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortem.core.process.CurrentDebrief;
import dev.postmortem.core.process.ProcessStep;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ProcessEventLog} on Active Objects; instants as epoch milliseconds. Record order is the ID column (AO's
 * auto-increment primary key): rows are read in ID order and the core's {@link CurrentDebrief} finds the current
 * debrief and its soak end among them, never by OCCURRED_AT.
 *
 * <p>Each append checks and inserts in one transaction, which alone does not stop two nodes from interleaving
 * (under READ COMMITTED neither check sees the other's uncommitted row). The plugin therefore wires it behind
 * {@link SerialisedProcessEventLog}, which runs the debrief and soak-end appends of one postmortem one after the
 * other across the cluster.
 */
public class AoProcessEventLog implements ProcessEventLog {

    private static final String RECORD_ORDER = "ID ASC";
    private static final String DEBRIEF_TYPES = ProcessEventEntity.COLUMN_EVENT_TYPE + " IN (?, ?)";
    private static final String DEBRIEF_AND_SOAK_TYPES = ProcessEventEntity.COLUMN_EVENT_TYPE + " IN (?, ?, ?)";

    private final ActiveObjects ao;

    public AoProcessEventLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void append(ProcessEvent event) {
        ao.executeInTransaction(() -> insert(event));
    }

    @Override
    public boolean appendDebriefChange(ProcessEvent debriefEvent) {
        requireDebriefEvent(debriefEvent);
        return ao.executeInTransaction(() -> {
            boolean changes = changesDebrief(debriefRows(debriefEvent.issueId()), debriefEvent);
            if (changes) {
                insert(debriefEvent);
            }
            return changes;
        });
    }

    @Override
    public boolean appendSoakEnd(ProcessEvent debrief, Instant soakEndsAt) {
        Objects.requireNonNull(soakEndsAt, "soakEndsAt");
        return ao.executeInTransaction(() -> {
            if (!awaitsSoakEnd(debriefAndSoakRows(debrief.issueId()), debrief)) {
                return false;
            }
            insert(new ProcessEvent(ProcessEventType.SOAK_ENDED, debrief.issueId(), debrief.projectId(), soakEndsAt,
                    null));
            return true;
        });
    }

    /**
     * Whether {@link #appendDebriefChange} would append this event now: the same check, read only, for a caller
     * that decides whether a write (and its lock) is needed at all.
     */
    boolean wouldChangeDebrief(ProcessEvent debriefEvent) {
        requireDebriefEvent(debriefEvent);
        return ao.executeInTransaction(() -> changesDebrief(debriefRows(debriefEvent.issueId()), debriefEvent));
    }

    /** Whether {@link #appendSoakEnd} would append a soak end for this debrief now: the same check, read only. */
    boolean awaitsSoakEnd(ProcessEvent debrief) {
        return ao.executeInTransaction(() -> awaitsSoakEnd(debriefAndSoakRows(debrief.issueId()), debrief));
    }

    private static void requireDebriefEvent(ProcessEvent debriefEvent) {
        if (debriefEvent.type() != ProcessEventType.DEBRIEF_HELD
                && debriefEvent.type() != ProcessEventType.DEBRIEF_CLEARED) {
            throw new IllegalArgumentException("Not a debrief event: " + debriefEvent.type());
        }
    }

    /** The rule of {@link #appendDebriefChange} on the issue's debrief rows in record order. */
    private static boolean changesDebrief(List<ProcessEventEntity> rows, ProcessEvent debriefEvent) {
        Optional<ProcessEvent> current = CurrentDebrief.in(rows, AoProcessEventLog::stepKind)
                .map(debrief -> toEvent(rows.get(debrief.debrief())));
        return debriefEvent.type() == ProcessEventType.DEBRIEF_CLEARED
                ? current.isPresent()
                : current.filter(held -> held.at().equals(debriefEvent.at())
                        && held.projectId() == debriefEvent.projectId()).isEmpty();
    }

    /** The rule of {@link #appendSoakEnd} on the issue's debrief and soak rows in record order. */
    private static boolean awaitsSoakEnd(List<ProcessEventEntity> rows, ProcessEvent debrief) {
        Optional<CurrentDebrief> current = CurrentDebrief.in(rows, AoProcessEventLog::stepKind);
        boolean stillCurrent = current.map(held -> rows.get(held.debrief()))
                .filter(row -> row.getOccurredAt() == debrief.at().toEpochMilli()
                        && row.getProjectId() == debrief.projectId()).isPresent();
        return stillCurrent && !current.get().soakEnded();
    }

    @Override
    public List<ProcessEvent> debriefsAwaitingSoakEnd(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return ao.executeInTransaction(() -> {
            ProcessEventEntity[] newest = ao.find(ProcessEventEntity.class, Query.select()
                    .where(ProcessEventEntity.COLUMN_EVENT_TYPE + " = ?", ProcessEventType.DEBRIEF_HELD.name())
                    .order("ID DESC")
                    .limit(limit));
            List<Long> issueIds = Arrays.stream(newest).map(ProcessEventEntity::getIssueId).distinct().toList();
            Map<Long, List<ProcessEventEntity>> byIssue = new LinkedHashMap<>();
            issueIds.forEach(issueId -> byIssue.put(issueId, new ArrayList<>()));
            for (InList in : InList.chunks(ProcessEventEntity.COLUMN_ISSUE_ID, issueIds)) {
                for (ProcessEventEntity row : ao.find(ProcessEventEntity.class, Query.select()
                        .where(in.condition() + " AND " + DEBRIEF_AND_SOAK_TYPES,
                                in.params(ProcessEventType.DEBRIEF_HELD.name(), ProcessEventType.DEBRIEF_CLEARED.name(),
                                        ProcessEventType.SOAK_ENDED.name()))
                        .order(RECORD_ORDER))) {
                    byIssue.get(row.getIssueId()).add(row);
                }
            }
            List<ProcessEvent> awaiting = new ArrayList<>();
            byIssue.values().forEach(rows -> CurrentDebrief.in(rows, AoProcessEventLog::stepKind)
                    .filter(current -> !current.soakEnded())
                    .ifPresent(current -> awaiting.add(toEvent(rows.get(current.debrief())))));
            return awaiting;
        });
    }

    @Override
    public List<ProcessEvent> forIssuesInRecordOrder(Collection<Long> issueIds) {
        List<Long> ids = issueIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return ao.executeInTransaction(() -> {
            List<ProcessEventEntity> rows = new ArrayList<>();
            for (InList in : InList.chunks(ProcessEventEntity.COLUMN_ISSUE_ID, ids)) {
                rows.addAll(List.of(ao.find(ProcessEventEntity.class, Query.select()
                        .where(in.condition(), in.params())
                        .order(RECORD_ORDER))));
            }
            // Chunks are each in record order; one sort by ID puts them together.
            rows.sort(Comparator.comparingInt(ProcessEventEntity::getID));
            return rows.stream().map(AoProcessEventLog::toEvent).toList();
        });
    }

    @Override
    public List<ProcessEvent> debriefsHeldBetween(long projectId, Instant from, Instant to, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return ao.executeInTransaction(() -> toEvents(ao.find(ProcessEventEntity.class, Query.select()
                .where(ProcessEventEntity.COLUMN_PROJECT_ID + " = ? AND " + ProcessEventEntity.COLUMN_EVENT_TYPE
                                + " = ? AND " + ProcessEventEntity.COLUMN_OCCURRED_AT + " >= ? AND "
                                + ProcessEventEntity.COLUMN_OCCURRED_AT + " < ?",
                        projectId, ProcessEventType.DEBRIEF_HELD.name(), from.toEpochMilli(), to.toEpochMilli())
                .order(ProcessEventEntity.COLUMN_OCCURRED_AT + " DESC, ID DESC")
                .limit(limit))));
    }

    @Override
    public List<ProcessEvent> soakEndsBetween(Instant from, Instant to, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return ao.executeInTransaction(() -> toEvents(ao.find(ProcessEventEntity.class, Query.select()
                .where(ProcessEventEntity.COLUMN_EVENT_TYPE + " = ? AND " + ProcessEventEntity.COLUMN_OCCURRED_AT
                                + " >= ? AND " + ProcessEventEntity.COLUMN_OCCURRED_AT + " < ?",
                        ProcessEventType.SOAK_ENDED.name(), from.toEpochMilli(), to.toEpochMilli())
                .order(ProcessEventEntity.COLUMN_OCCURRED_AT + " DESC, ID DESC")
                .limit(limit))));
    }

    /** The issue's DEBRIEF_HELD and DEBRIEF_CLEARED rows in record order. */
    private List<ProcessEventEntity> debriefRows(long issueId) {
        return List.of(ao.find(ProcessEventEntity.class, Query.select()
                .where(ProcessEventEntity.COLUMN_ISSUE_ID + " = ? AND " + DEBRIEF_TYPES, issueId,
                        ProcessEventType.DEBRIEF_HELD.name(), ProcessEventType.DEBRIEF_CLEARED.name())
                .order(RECORD_ORDER)));
    }

    /** The issue's DEBRIEF_HELD, DEBRIEF_CLEARED and SOAK_ENDED rows in record order. */
    private List<ProcessEventEntity> debriefAndSoakRows(long issueId) {
        return List.of(ao.find(ProcessEventEntity.class, Query.select()
                .where(ProcessEventEntity.COLUMN_ISSUE_ID + " = ? AND " + DEBRIEF_AND_SOAK_TYPES, issueId,
                        ProcessEventType.DEBRIEF_HELD.name(), ProcessEventType.DEBRIEF_CLEARED.name(),
                        ProcessEventType.SOAK_ENDED.name())
                .order(RECORD_ORDER)));
    }

    /** The row's kind of process step, for the core's {@link CurrentDebrief} rule; null for none. */
    private static ProcessStep.Kind stepKind(ProcessEventEntity row) {
        return ProcessEventType.valueOf(row.getEventType()).stepKind().orElse(null);
    }

    private ProcessEventEntity insert(ProcessEvent event) {
        return ao.create(ProcessEventEntity.class,
                new DBParam(ProcessEventEntity.COLUMN_EVENT_TYPE, event.type().name()),
                new DBParam(ProcessEventEntity.COLUMN_ISSUE_ID, event.issueId()),
                new DBParam(ProcessEventEntity.COLUMN_PROJECT_ID, event.projectId()),
                new DBParam(ProcessEventEntity.COLUMN_OCCURRED_AT, event.at().toEpochMilli()),
                new DBParam(ProcessEventEntity.COLUMN_ACTOR_KEY, event.actorKey()),
                new DBParam(ProcessEventEntity.COLUMN_ACTION_ID, event.actionId()),
                new DBParam(ProcessEventEntity.COLUMN_DETAIL, event.detail()));
    }

    private static List<ProcessEvent> toEvents(ProcessEventEntity[] rows) {
        return Arrays.stream(rows).map(AoProcessEventLog::toEvent).toList();
    }

    private static ProcessEvent toEvent(ProcessEventEntity row) {
        return new ProcessEvent(ProcessEventType.valueOf(row.getEventType()), row.getIssueId(), row.getProjectId(),
                Instant.ofEpochMilli(row.getOccurredAt()), row.getActorKey(), row.getActionId(), row.getDetail());
    }
}
