package dev.postmortem.jira.storage;

import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import org.junit.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The narrative text index contract on {@link AoNarrativeTextIndex}, plus what only the database has (AO-only): rows
 * updated in place with their time, duplicate rows from two nodes racing, the SQL a search or a put costs, and the
 * table's prefix and index. Subclasses choose the database (H2, PostgreSQL) with the AO runner's annotations; the
 * runner injects {@link #entityManager} and rolls each test back.
 */
public abstract class AoNarrativeTextIndexContractTest extends NarrativeTextIndexContractTest {

    protected EntityManager entityManager;

    @Override
    protected NarrativeTextIndex newIndex() {
        return new AoNarrativeTextIndex(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void puttingAgainReplacesTheTextInPlace() throws Exception {
        index.put(30001L, "first version about dns", T0);
        index.put(30001L, "second version about pools", T0.plusSeconds(60));

        assertThat(entityManager.find(NarrativeTextEntity.class)).singleElement().satisfies(row -> {
            assertThat(row.getPlainText()).isEqualTo("second version about pools");
            assertThat(row.getUpdatedAt()).isEqualTo(T0.plusSeconds(60).toEpochMilli());
        });
    }

    @Test
    public void puttingTheSameTextAgainWritesNothingAndKeepsItsTime() throws Exception {
        assertThat(index.put(30001L, "About DNS failover", T0)).isTrue();

        // Equal in its searchable form (case), so an event that changed something else writes nothing.
        assertThat(index.put(30001L, "about dns FAILOVER", T0.plusSeconds(60))).isFalse();
        assertThat(entityManager.find(NarrativeTextEntity.class)).singleElement()
                .extracting(NarrativeTextEntity::getUpdatedAt).isEqualTo(T0.toEpochMilli());

        assertThat(index.put(30001L, "about dns failover and pools", T0.plusSeconds(120))).isTrue();
        assertThat(entityManager.find(NarrativeTextEntity.class)).singleElement()
                .extracting(NarrativeTextEntity::getUpdatedAt).isEqualTo(T0.plusSeconds(120).toEpochMilli());
    }

    @Test
    public void aDuplicateRowFromTwoNodesRacingIsRemovedOnTheNextPut() throws Exception {
        for (String text : List.of("old one", "old two")) {
            entityManager.create(NarrativeTextEntity.class,
                    new DBParam(NarrativeTextEntity.COLUMN_ISSUE_ID, 30001L),
                    new DBParam(NarrativeTextEntity.COLUMN_PLAIN_TEXT, text),
                    new DBParam(NarrativeTextEntity.COLUMN_UPDATED_AT, T0.toEpochMilli()));
        }

        index.put(30001L, "new text", T0.plusSeconds(1));

        assertThat(entityManager.find(NarrativeTextEntity.class)).singleElement()
                .extracting(NarrativeTextEntity::getPlainText).isEqualTo("new text");
    }

    @Test
    public void aDuplicateRowIsRemovedEvenWhenTheTextIsUnchanged() throws Exception {
        for (int i = 0; i < 2; i++) {
            entityManager.create(NarrativeTextEntity.class,
                    new DBParam(NarrativeTextEntity.COLUMN_ISSUE_ID, 30001L),
                    new DBParam(NarrativeTextEntity.COLUMN_PLAIN_TEXT, "same text"),
                    new DBParam(NarrativeTextEntity.COLUMN_UPDATED_AT, T0.toEpochMilli()));
        }

        assertThat(index.put(30001L, "same text", T0.plusSeconds(1))).isTrue();

        assertThat(entityManager.find(NarrativeTextEntity.class)).singleElement()
                .extracting(NarrativeTextEntity::getPlainText).isEqualTo("same text");
    }

    @Test
    public void anIssueWithADuplicateRowIsFoundOnce() throws Exception {
        for (String text : List.of("dns failover, first node", "dns failover, second node")) {
            entityManager.create(NarrativeTextEntity.class,
                    new DBParam(NarrativeTextEntity.COLUMN_ISSUE_ID, 30001L),
                    new DBParam(NarrativeTextEntity.COLUMN_PLAIN_TEXT, text),
                    new DBParam(NarrativeTextEntity.COLUMN_UPDATED_AT, T0.toEpochMilli()));
        }
        index.put(30002L, "dns elsewhere", T0.minusSeconds(1));

        assertThat(index.matching(List.of("dns"), 10)).containsExactly(30001L, 30002L);
    }

    @Test
    public void aSearchDoesNotReadTheTextOfItsMatches() {
        index.put(30001L, "dns failover " + "long account text. ".repeat(500), T0);
        index.put(30002L, "dns again", T0.plusSeconds(1));

        List<String> sql = sqlOf(() -> assertThat(index.matching(List.of("dns"), 10)).containsExactly(30002L, 30001L));

        // Without @Preload on the entity, AO selects every column whatever the query asks for.
        assertThat(sql).singleElement().satisfies(statement ->
                assertThat(selectedColumns(statement)).doesNotContain(NarrativeTextEntity.COLUMN_PLAIN_TEXT));
    }

    @Test
    public void anUnchangedTextCostsOneSelectAndAChangedOneASelectAndAnUpdate() {
        index.put(30001L, "about dns", T0);

        List<String> unchanged = sqlOf(() -> index.put(30001L, "about dns", T0.plusSeconds(1)));
        List<String> changed = sqlOf(() -> index.put(30001L, "about pools", T0.plusSeconds(2)));

        assertThat(unchanged).singleElement().satisfies(statement ->
                assertThat(statement.toUpperCase(Locale.ROOT)).startsWith("SELECT"));
        assertThat(changed).hasSize(2);
        assertThat(changed.get(0).toUpperCase(Locale.ROOT)).startsWith("SELECT");
        assertThat(changed.get(1).toUpperCase(Locale.ROOT)).startsWith("UPDATE");
    }

    @Test
    public void theTableCarriesTheAoPrefixAndItsIssueIdIsIndexed() throws Exception {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            assertThat(StorageTables.indexedColumns(connection.getMetaData(), StorageTables.PREFIX + NarrativeTextEntity.TABLE))
                    .contains(NarrativeTextEntity.COLUMN_ISSUE_ID);
        }
    }
    /** The SQL statements AO runs for {@code action}, as its provider reports them. */
    private List<String> sqlOf(Runnable action) {
        List<String> statements = new ArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        entityManager.getProvider().addSqlListener(listener);
        try {
            action.run();
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
        return statements.stream().filter(sql -> sql.toUpperCase(Locale.ROOT).contains(NarrativeTextEntity.TABLE))
                .toList();
    }

    private static String selectedColumns(String select) {
        String upper = select.toUpperCase(Locale.ROOT);
        assertThat(upper).startsWith("SELECT");
        return upper.substring("SELECT".length(), upper.indexOf(" FROM "));
    }
}
