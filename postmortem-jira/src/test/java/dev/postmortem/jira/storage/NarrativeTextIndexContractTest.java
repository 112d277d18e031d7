package dev.postmortem.jira.storage;

import dev.postmortem.core.narrative.NarrativeFixtures;
import dev.postmortem.core.narrative.NarrativeText;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The narrative text index's behaviour, whatever stores it: {@link AoNarrativeTextIndex} on H2 and PostgreSQL
 * ({@link AoNarrativeTextIndexContractTest}) and {@link InMemoryNarrativeTextIndex} ({@link
 * InMemoryNarrativeTextIndexTest}). Literal wildcards and hostile terms stay here: they are the interface's promise
 * (terms are literal text), which the twin must keep too. AO-only: rows (updated in place, duplicates from two nodes
 * racing), the SQL a search or a put costs, and the table's prefix and index.
 */
public abstract class NarrativeTextIndexContractTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:15:30Z");

    protected NarrativeTextIndex index;

    protected abstract NarrativeTextIndex newIndex();

    @Before
    public void index() {
        index = newIndex();
    }

    @Test
    public void anIssueMatchesWhenItsTextContainsEveryTermInAnyOrderAndCase() {
        index.put(30001L, "The DNS failover did not happen.\n\nOrders were lost.", T0);
        index.put(30002L, "Failover worked; the pool size was too small.", T0.plusSeconds(1));
        index.put(30003L, "Nothing to see here.", T0.plusSeconds(2));

        assertThat(index.matching(List.of("failover", "dns"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("ORDERS", "Failover"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("failover"), 10)).containsExactly(30002L, 30001L);
        assertThat(index.matching(List.of("fail"), 10)).as("a term matches inside a word").hasSize(2);
        assertThat(index.matching(List.of("failover", "nothing"), 10)).isEmpty();
    }

    @Test
    public void theCoresProjectionIsSearchedNotTheStoredJson() {
        index.put(30001L, NarrativeText.plainText(NarrativeFixtures.rich()), T0);

        assertThat(index.matching(List.of("orders", "checkout"), 10)).as("first word of a new line")
                .containsExactly(30001L);
        assertThat(index.matching(List.of("Jürgen Öztürk"), 10)).containsExactly(30001L);
        for (String jsonOnly : List.of("whyItMadeSense", "participantUserKey", "JIRAUSER10100", "\\n", "{")) {
            assertThat(index.matching(List.of(jsonOnly), 10)).as(jsonOnly).isEmpty();
        }
    }

    @Test
    public void caseIsIgnoredButDiacriticsAreNotFolded() {
        index.put(30001L, "Die Ölpumpe fiel aus; STRAẞE gesperrt", T0);

        assertThat(index.matching(List.of("ölpumpe"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("ÖLPUMPE"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("olpumpe"), 10)).isEmpty();
        assertThat(index.matching(List.of("straße"), 10)).containsExactly(30001L);
    }

    @Test
    public void caseIsFoldedFullyNotOnlyLowerCased() {
        // Lower case alone keeps "ß" apart from "SS" and the final sigma apart from "σ".
        index.put(30001L, "Hauptstraße gesperrt; \u039f\u0394\u039f\u03a3 \u03ba\u03bb\u03b5\u03b9\u03c3\u03c4\u03ae; \ufb01rewall", T0);

        for (String term : List.of("HAUPTSTRASSE", "hauptstrasse", "Hauptstra\u00dfe", "HAUPTSTRA\u1e9eE",
                "\u03bf\u03b4\u03bf\u03c2", "\u03bf\u03b4\u03bf\u03c3", "\u039f\u0394\u039f\u03a3", "firewall",
                "FIREWALL")) {
            assertThat(index.matching(List.of(term), 10)).as(term).containsExactly(30001L);
        }
        assertThat(index.matching(List.of("hauptstrase"), 10)).isEmpty();
    }

    @Test
    public void aCapitalDottedIIsFoundByAPlainI() {
        // Root-locale lower case turns U+0130 into "i" + U+0307 (combining dot), which no typed "i" would find.
        index.put(30001L, "Rechenzentrum \u0130stanbul nicht erreichbar", T0);

        assertThat(index.matching(List.of("istanbul"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("ISTANBUL"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("\u0130STANBUL"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("I\u0307stanbul"), 10)).as("decomposed capital").containsExactly(30001L);
    }

    @Test
    public void composedAndDecomposedAccentsAreTheSameText() {
        index.put(30001L, "Cafe\u0301 closed", T0);

        assertThat(index.matching(List.of("caf\u00e9"), 10)).containsExactly(30001L);
    }

    @Test
    public void likeWildcardsAndTheEscapeCharacterInATermMatchOnlyThemselves() {
        index.put(30001L, "Disk at 100% and queue_depth rising!", T0);
        index.put(30002L, "Disk at 1000 and queue depth rising", T0);

        assertThat(index.matching(List.of("100%"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("queue_depth"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("rising!"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("%"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("_"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("!"), 10)).containsExactly(30001L);
        assertThat(index.matching(List.of("%%"), 10)).isEmpty();
        assertThat(index.matching(List.of("!%"), 10)).isEmpty();
    }

    @Test
    public void hostileTermsAreBoundParametersNotSql() {
        index.put(30001L, "ordinary text", T0);

        for (String hostile : List.of("' OR '1'='1", "x') OR 1=1 --", "'; DROP TABLE AO_2F1E8A_NARRATIVE_TEXT; --",
                "\\", "\\%", "'", "\"", "%' ESCAPE '\\")) {
            assertThat(index.matching(List.of(hostile), 10)).as(hostile).isEmpty();
        }
        assertThat(index.matching(List.of("ordinary"), 10)).containsExactly(30001L);
    }

    @Test
    public void bracketsAreRefusedBecauseNotEveryDatabaseCanEscapeThem() {
        assertThatThrownBy(() -> index.matching(List.of("[abc]"), 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.matching(List.of(" "), 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.matching(List.of(), 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void theResultIsCappedNewestFirst() {
        LongStream.rangeClosed(1, 12).forEach(i -> index.put(30000L + i, "common words", T0.plusSeconds(i)));

        assertThat(index.matching(List.of("common"), 5)).containsExactly(30012L, 30011L, 30010L, 30009L, 30008L);
        assertThatThrownBy(() -> index.matching(List.of("common"), NarrativeTextIndex.MAX_IDS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.matching(List.of("common"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void puttingAgainReplacesTheText() {
        index.put(30001L, "first version about dns", T0);
        index.put(30001L, "second version about pools", T0.plusSeconds(60));

        assertThat(index.matching(List.of("dns"), 10)).isEmpty();
        assertThat(index.matching(List.of("pools"), 10)).containsExactly(30001L);
    }

    @Test
    public void puttingTextEqualInItsSearchableFormWritesNothing() {
        assertThat(index.put(30002L, "Straße gesperrt", T0)).isTrue();
        assertThat(index.put(30002L, "STRASSE GESPERRT", T0.plusSeconds(60))).isFalse();
        assertThat(index.put(30002L, "Straße wieder offen", T0.plusSeconds(120))).isTrue();
    }

    @Test
    public void removingSaysWhetherThereWasAnEntry() {
        index.put(30001L, "about dns", T0);

        assertThat(index.remove(30001L)).isTrue();
        assertThat(index.remove(30001L)).isFalse();
        assertThat(index.put(30001L, " ", T0)).as("blank text on no entry writes nothing").isFalse();
    }

    @Test
    public void removingOrPuttingBlankTextDropsTheEntry() {
        index.put(30001L, "about dns", T0);
        index.put(30002L, "about dns too", T0);

        index.remove(30001L);
        index.put(30002L, "   ", T0.plusSeconds(1));
        index.remove(39999L);

        assertThat(index.remove(30001L)).isFalse();
        assertThat(index.remove(30002L)).isFalse();
        assertThat(index.matching(List.of("dns"), 10)).isEmpty();
    }

    @Test
    public void aLongNarrativeIsStoredWhole() {
        String longText = "Zeile mit Umlauten äöü und Text. ".repeat(4000) + "needle at the very end";

        index.put(30001L, longText, T0);

        assertThat(index.matching(List.of("needle at the very end"), 10)).containsExactly(30001L);
    }


}
