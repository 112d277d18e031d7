package dev.postmortem.jira.decision;

import dev.postmortem.jira.storage.H2KeptOpen;
import dev.postmortem.jira.storage.StorageTables;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;

/** The decide path on an in-memory H2 database. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(H2KeptOpen.class)
@Data(StorageTables.Model.class)
@NameConverters(table = StorageTables.PrefixedTableNames.class, field = AtlassianFieldNameConverter.class)
public class H2DecidePathTest extends AoDecidePathContractTest {
}
