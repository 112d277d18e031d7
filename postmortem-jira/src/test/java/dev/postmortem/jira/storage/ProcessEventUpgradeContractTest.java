package dev.postmortem.jira.storage;

import dev.postmortem.jira.process.PostmortemProcesses;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade to {@code PROCESS_EVENT.ACTION_ID} on a real database, as AO does it when the plugin is upgraded: the
 * table exists without the column and holds rows; AO brings the schema to the live entity (no upgrade task); old
 * rows read with no action, new rows keep theirs. Non-transactional, because it changes the schema: the runner then
 * builds the next test class's tables afresh. AO-only: an in-memory log has no schema to upgrade.
 */
public abstract class ProcessEventUpgradeContractTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123Z");
    private static final long PROJECT = 10100L;
    private static final long POSTMORTEM = 30001L;

    protected EntityManager entityManager;

    /** The tables as they were before ACTION_ID (the process view reads two of them). */
    public static final class BeforeActionId implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(OverrideEntity.class, ProcessEventEntityV1.class);
        }
    }

    @Test
    @NonTransactional
    @SuppressWarnings("unchecked")
    public void theColumnIsAddedAndRowsWrittenBeforeReadWithoutAnAction() throws Exception {
        entityManager.create(ProcessEventEntityV1.class,
                new DBParam(ProcessEventEntity.COLUMN_EVENT_TYPE, ProcessEventType.DEBRIEF_HELD.name()),
                new DBParam(ProcessEventEntity.COLUMN_ISSUE_ID, POSTMORTEM),
                new DBParam(ProcessEventEntity.COLUMN_PROJECT_ID, PROJECT),
                new DBParam(ProcessEventEntity.COLUMN_OCCURRED_AT, T0.toEpochMilli()),
                new DBParam(ProcessEventEntity.COLUMN_ACTOR_KEY, "alice"));
        entityManager.create(ProcessEventEntityV1.class,
                new DBParam(ProcessEventEntity.COLUMN_EVENT_TYPE, ProcessEventType.ACTIONS_COMMITTED.name()),
                new DBParam(ProcessEventEntity.COLUMN_ISSUE_ID, POSTMORTEM),
                new DBParam(ProcessEventEntity.COLUMN_PROJECT_ID, PROJECT),
                new DBParam(ProcessEventEntity.COLUMN_OCCURRED_AT, T0.plusSeconds(60).toEpochMilli()),
                new DBParam(ProcessEventEntity.COLUMN_ACTOR_KEY, "bob"));

        assertThat(processEventColumns()).doesNotContain(ProcessEventEntity.COLUMN_ACTION_ID);

        // What the AO plugin does with the entities of the <ao> module when the upgraded plugin starts.
        entityManager.migrate(OverrideEntity.class, ProcessEventEntity.class);

        assertThat(processEventColumns()).contains(ProcessEventEntity.COLUMN_ACTION_ID,
                ProcessEventEntity.COLUMN_ACTOR_KEY);
        ProcessEventLog log = new AoProcessEventLog(new EntityManagerActiveObjects(entityManager));
        log.append(ProcessEvent.actionsCommitted(POSTMORTEM, PROJECT, T0.plusSeconds(120), "carol", 20001L));

        assertThat(log.forIssuesInRecordOrder(List.of(POSTMORTEM))).containsExactly(
                new ProcessEvent(ProcessEventType.DEBRIEF_HELD, POSTMORTEM, PROJECT, T0, "alice"),
                new ProcessEvent(ProcessEventType.ACTIONS_COMMITTED, POSTMORTEM, PROJECT, T0.plusSeconds(60), "bob"),
                ProcessEvent.actionsCommitted(POSTMORTEM, PROJECT, T0.plusSeconds(120), "carol", 20001L));
        assertThat(RecordedEvents.currentDebrief(log, POSTMORTEM)).map(ProcessEvent::at).contains(T0);
        // The old commit names no action, so it counts for nobody; the new one for viewers who may browse 20001.
        PostmortemProcesses.Recorded recorded = new PostmortemProcesses(log,
                new AoOverrideLog(new EntityManagerActiveObjects(entityManager))).of(POSTMORTEM);
        assertThat(recorded.actionIds()).containsExactly(20001L);
        assertThat(recorded.process(action -> true).commits()).isEqualTo(1);
        assertThat(recorded.process(action -> false).commits()).isZero();
    }

    /** The columns the database reports for the PROCESS_EVENT table, upper case. */
    private Set<String> processEventColumns() throws Exception {
        Set<String> columns = new HashSet<>();
        try (Connection connection = entityManager.getProvider().getConnection();
                ResultSet rows = connection.getMetaData().getColumns(null, null, null, null)) {
            while (rows.next()) {
                if ((StorageTables.PREFIX + ProcessEventEntity.TABLE).equalsIgnoreCase(rows.getString("TABLE_NAME"))) {
                    columns.add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }
}
