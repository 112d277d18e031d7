package dev.postmortem.jira.storage;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;
import net.java.ao.test.jdbc.DatabaseUpdater;

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
                    NarrativeTextEntity.class);
        }
    }
}
