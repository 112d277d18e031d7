package dev.postmortem.jira.storage;

import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;

/** A project's decision settings and the audit of its settings changes, on a real PostgreSQL (see {@link EmbeddedPostgresDatabase}). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(EmbeddedPostgresDatabase.class)
@Data(StorageTables.Model.class)
@NameConverters(table = StorageTables.PrefixedTableNames.class, field = AtlassianFieldNameConverter.class)
public class PostgresProjectSettingsStorageTest extends AoProjectSettingsStorageContractTest {
}
