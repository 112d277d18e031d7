package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** {@link ProcessEventLog} on Active Objects; instants as epoch milliseconds. */
public class AoProcessEventLog implements ProcessEventLog {

    private static final String OLDEST_FIRST = ProcessEventEntity.COLUMN_OCCURRED_AT + " ASC, ID ASC";

    private final ActiveObjects ao;

    public AoProcessEventLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void append(ProcessEvent event) {
        ao.executeInTransaction(() -> insert(event));
    }

    @Override
    public boolean appendOnce(ProcessEvent event) {
        return ao.executeInTransaction(() -> {
            ProcessEventEntity[] existing = ao.find(ProcessEventEntity.class, Query.select()
                    .where(ProcessEventEntity.COLUMN_ISSUE_ID + " = ? AND " + ProcessEventEntity.COLUMN_EVENT_TYPE
                            + " = ?", event.issueId(), event.type().name())
                    .limit(1));
            if (existing.length > 0) {
                return false;
            }
            insert(event);
            return true;
        });
    }

    @Override
    public List<ProcessEvent> forIssue(long issueId) {
        return ao.executeInTransaction(() -> toEvents(ao.find(ProcessEventEntity.class, Query.select()
                .where(ProcessEventEntity.COLUMN_ISSUE_ID + " = ?", issueId)
                .order(OLDEST_FIRST))));
    }

    @Override
    public List<ProcessEvent> forProject(long projectId, Instant from, Instant to) {
        return ao.executeInTransaction(() -> toEvents(ao.find(ProcessEventEntity.class, Query.select()
                .where(ProcessEventEntity.COLUMN_PROJECT_ID + " = ? AND " + ProcessEventEntity.COLUMN_OCCURRED_AT
                                + " >= ? AND " + ProcessEventEntity.COLUMN_OCCURRED_AT + " < ?",
                        projectId, from.toEpochMilli(), to.toEpochMilli())
                .order(OLDEST_FIRST))));
    }

    private ProcessEventEntity insert(ProcessEvent event) {
        return ao.create(ProcessEventEntity.class,
                new DBParam(ProcessEventEntity.COLUMN_EVENT_TYPE, event.type().name()),
                new DBParam(ProcessEventEntity.COLUMN_ISSUE_ID, event.issueId()),
                new DBParam(ProcessEventEntity.COLUMN_PROJECT_ID, event.projectId()),
                new DBParam(ProcessEventEntity.COLUMN_OCCURRED_AT, event.at().toEpochMilli()),
                new DBParam(ProcessEventEntity.COLUMN_ACTOR_KEY, event.actorKey()));
    }

    private static List<ProcessEvent> toEvents(ProcessEventEntity[] rows) {
        return Arrays.stream(rows)
                .map(row -> new ProcessEvent(ProcessEventType.valueOf(row.getEventType()), row.getIssueId(),
                        row.getProjectId(), Instant.ofEpochMilli(row.getOccurredAt()), row.getActorKey()))
                .toList();
    }
}
