package dev.postmortem.jira.storage;

import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import org.junit.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The storage contract on the Active Objects stores, plus what only a database has: a row updated in place, a
 * duplicate row left by two nodes racing, a row edited by hand, the tables' prefix and indexes (these stay AO-only,
 * the in-memory twins have no rows). Subclasses choose the database (H2, PostgreSQL) with the AO runner's
 * annotations; the runner injects {@link #entityManager} and rolls each test back.
 */
public abstract class AoStorageContractTest extends StorageContractTest {

    protected EntityManager entityManager;

    @Override
    protected SoakPolicyStore newPolicyStore() {
        return new AoSoakPolicyStore(new EntityManagerActiveObjects(entityManager));
    }

    @Override
    protected OverrideLog newOverrideLog() {
        return new AoOverrideLog(new EntityManagerActiveObjects(entityManager));
    }

    @Override
    protected ProcessEventLog newProcessEventLog() {
        return new AoProcessEventLog(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void savingAgainUpdatesTheRowInPlace() throws Exception {
        policies.saveForProject(10100L, SoakPolicy.ofHours(12));
        policies.saveForProject(10100L, SoakPolicy.ofBusinessDays(1, WorkingCalendar.mondayToFriday(ZoneId.of("UTC"))));
        policies.saveForProject(10100L, SoakPolicy.ofHours(6));

        assertThat(entityManager.find(SoakPolicyEntity.class)).hasSize(1);
        assertThat(policies.forProject(10100L)).contains(SoakPolicy.ofHours(6));
    }

    @Test
    public void aDuplicateRowFromTwoNodesRacingIsReadAsTheOldestAndRemovedOnTheNextSave() throws Exception {
        for (long hours : new long[] {5, 7}) {
            entityManager.create(SoakPolicyEntity.class,
                    new DBParam(SoakPolicyEntity.COLUMN_PROJECT_ID, 10100L),
                    new DBParam(SoakPolicyEntity.COLUMN_SOAK_MODE, SoakMode.HOURS.name()),
                    new DBParam(SoakPolicyEntity.COLUMN_AMOUNT, hours));
        }
        assertThat(policies.forProject(10100L)).contains(SoakPolicy.ofHours(5));

        policies.saveForProject(10100L, SoakPolicy.ofHours(9));

        assertThat(entityManager.find(SoakPolicyEntity.class)).hasSize(1);
        assertThat(policies.forProject(10100L)).contains(SoakPolicy.ofHours(9));
    }

    @Test
    public void aRowThatCannotBeReadIsReportedNotGuessed() throws Exception {
        entityManager.create(SoakPolicyEntity.class,
                new DBParam(SoakPolicyEntity.COLUMN_PROJECT_ID, 10100L),
                new DBParam(SoakPolicyEntity.COLUMN_SOAK_MODE, SoakMode.BUSINESS_DAYS.name()),
                new DBParam(SoakPolicyEntity.COLUMN_AMOUNT, 2L),
                new DBParam(SoakPolicyEntity.COLUMN_WORKING_DAYS, "1,2,3"),
                new DBParam(SoakPolicyEntity.COLUMN_ZONE_ID, "Mars/Olympus_Mons"));

        assertThatThrownBy(() -> policies.forProject(10100L)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    public void theTablesCarryTheAoPrefixAndTheirLookupsAreIndexed() throws Exception {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : List.of(SoakPolicyEntity.TABLE, OverrideEntity.TABLE, ProcessEventEntity.TABLE)) {
                assertThat(StorageTables.indexedColumns(meta, StorageTables.PREFIX + table)).as(table).isNotEmpty();
            }
            assertThat(StorageTables.indexedColumns(meta, StorageTables.PREFIX + SoakPolicyEntity.TABLE))
                    .contains(SoakPolicyEntity.COLUMN_PROJECT_ID);
            assertThat(StorageTables.indexedColumns(meta, StorageTables.PREFIX + OverrideEntity.TABLE))
                    .contains(OverrideEntity.COLUMN_ACTION_ISSUE_ID, OverrideEntity.COLUMN_POSTMORTEM_ISSUE_ID);
            assertThat(StorageTables.indexedColumns(meta, StorageTables.PREFIX + ProcessEventEntity.TABLE))
                    .contains(ProcessEventEntity.COLUMN_ISSUE_ID, ProcessEventEntity.COLUMN_PROJECT_ID,
                            ProcessEventEntity.COLUMN_EVENT_TYPE, ProcessEventEntity.COLUMN_OCCURRED_AT);
        }
    }
}
