package dev.postmortem.jira.storage;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;
import net.java.ao.test.jdbc.DatabaseUpdater;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Test wiring that makes the tests' schema look like the AO plugin's: same converters, a 10-character prefix. */
public final class StorageTables {

    /** The shape of the prefix AO derives from the namespace: "AO_" + 6 hex characters + "_". */
    public static final String PREFIX = "AO_2F1E8A_";

    private StorageTables() {
    }

    /** AO's own table-name converter with a fixed prefix (the runner needs a no-argument class). */
    public static final class PrefixedTableNames implements TableNameConverter {
        private final TableNameConverter delegate = new AtlassianTableNameConverter(name -> PREFIX + name);

        @Override
        public String getName(Class<? extends net.java.ao.RawEntity<?>> entityClass) {
            return delegate.getName(entityClass);
        }
    }

    /** Creates the model-v1 tables, as the AO plugin does from the {@code <ao>} module's entity list. */
    public static final class Model implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SoakPolicyEntity.class, OverrideEntity.class, ProcessEventEntity.class,
                    NarrativeTextEntity.class, SetupObjectEntity.class, DecisionSettingsEntity.class,
                    SettingsChangeEntity.class);
        }
    }

    /** Upper-cased names of the columns in the table's non-primary-key indexes (case differs by database). */
    public static Set<String> indexedColumns(DatabaseMetaData meta, String table) throws Exception {
        Set<String> columns = new HashSet<>();
        for (String candidate : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getIndexInfo(null, null, candidate, false, false)) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME");
                    if (column != null && !"ID".equalsIgnoreCase(column)) {
                        columns.add(column.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns;
    }
}
