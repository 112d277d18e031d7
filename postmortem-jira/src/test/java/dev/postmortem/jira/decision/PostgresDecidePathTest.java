package dev.postmortem.jira.decision;

import dev.postmortem.jira.storage.AoDecisionSettingsStore;
import dev.postmortem.jira.storage.AoProcessEventLog;
import dev.postmortem.jira.storage.DecisionSettingsStore;
import dev.postmortem.jira.storage.EntityManagerActiveObjects;
import dev.postmortem.jira.storage.EmbeddedPostgresDatabase;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.StorageTables;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;

/** The decide path on a real PostgreSQL (see {@link EmbeddedPostgresDatabase}); the runner injects {@link #entityManager} and rolls each test back. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(EmbeddedPostgresDatabase.class)
@Data(StorageTables.Model.class)
@NameConverters(table = StorageTables.PrefixedTableNames.class, field = AtlassianFieldNameConverter.class)
public class PostgresDecidePathTest extends DecidePathContractTest {

    protected EntityManager entityManager;

    @Override
    protected ProcessEventLog newProcessEventLog() {
        return new AoProcessEventLog(new EntityManagerActiveObjects(entityManager));
    }

    @Override
    protected DecisionSettingsStore newDecisionSettingsStore() {
        return new AoDecisionSettingsStore(new EntityManagerActiveObjects(entityManager));
    }
}
