package dev.postmortem.jira.storage;

import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.schema.FieldNameConverter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names the entities produce under AO's own converters: the COLUMN_* constants (used in queries) must be
 * exactly the column names, and every name must fit Oracle's 30 characters (tables with AO's 10-character
 * prefix) and avoid words that some supported database reserves.
 */
class StorageNamesTest {

    /** Reserved or keyword-like in at least one of Oracle, PostgreSQL, MySQL, SQL Server (a deliberately short list). */
    private static final Set<String> RISKY = Set.of("MODE", "TYPE", "AT", "ZONE", "USER", "DATE", "ORDER", "KEY",
            "GROUP", "LEVEL", "SIZE", "COMMENT", "VALUE", "START", "END", "TIMESTAMP", "NUMBER", "RESOURCE");

    private final FieldNameConverter fields = new AtlassianFieldNameConverter();

    @ParameterizedTest
    @ValueSource(classes = {SoakPolicyEntity.class, OverrideEntity.class, ProcessEventEntity.class,
            NarrativeTextEntity.class, SetupObjectEntity.class, DecisionSettingsEntity.class,
            SettingsChangeEntity.class})
    void columnConstantsAreTheColumnNamesAndNamesFitEveryDatabase(Class<? extends RawEntity<?>> entity)
            throws Exception {
        Set<String> columns = Arrays.stream(entity.getDeclaredMethods())
                .filter(m -> m.getName().startsWith("get"))
                .map(fields::getName)
                .collect(Collectors.toSet());
        Set<String> constants = columnConstants(entity);

        assertThat(constants).isEqualTo(columns);
        String table = (String) entity.getField("TABLE").get(null);
        assertThat(StorageTables.PREFIX + table).hasSizeLessThanOrEqualTo(30);
        assertThat(columns).allSatisfy(column -> {
            assertThat(column).hasSizeLessThanOrEqualTo(30).matches("[A-Z][A-Z0-9_]*");
            assertThat(RISKY).doesNotContain(column);
        });
        assertThat(RISKY).doesNotContain(table);
    }

    private static Set<String> columnConstants(Class<?> entity) throws IllegalAccessException {
        Set<String> values = new java.util.HashSet<>();
        for (Field field : entity.getFields()) {
            if (field.getName().startsWith("COLUMN_") && Modifier.isStatic(field.getModifiers())) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }
}
