package dev.postmortem.jira.storage;

import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;

/** A project's decision settings and the audit of its settings changes, on an in-memory H2 database. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(H2KeptOpen.class)
@Data(StorageTables.Model.class)
@NameConverters(table = StorageTables.PrefixedTableNames.class, field = AtlassianFieldNameConverter.class)
public class H2ProjectSettingsStorageTest extends AoProjectSettingsStorageContractTest {
}
