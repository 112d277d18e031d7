package dev.postmortem.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Splitting against a vocabulary gives exactly the words of the eager split; only known words come from it. */
class WordsVocabularyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "We SHOULD’ve rolled back; the On-Call engineer didn`t page.",
        "Rückblickend HÄTTE das Team müssen. Straße, ÄRGER.",
        "İstanbul ΣΊΣΥΦΟΣ should\u00ADhave soft\u200Bhyphen ＇quote＇ it\uFF07s",
        "emoji 😀 and 𝐁old 𐐀letter, a\u2032b x\u02BCy Ǆungla ǅ",
        "",
        "   ",
    })
    void knownWordsAndLazyWordsEqualTheEagerSplit(String text) {
        Words eager = Words.of(text);
        List<String> some = new ArrayList<>();
        for (int i = 0; i < eager.count; i += 2) {
            some.add(eager.word(i));
        }
        some.add("unrelated");
        Vocabulary vocabulary = new Vocabulary(some);
        Words split = Words.of(text, vocabulary);

        assertThat(split.count).isEqualTo(eager.count);
        for (int i = 0; i < eager.count; i++) {
            String word = eager.word(i);
            assertThat(split.start[i]).isEqualTo(eager.start[i]);
            assertThat(split.end[i]).isEqualTo(eager.end[i]);
            assertThat(split.gap[i]).isEqualTo(eager.gap[i]);
            assertThat(split.quoted[i]).isEqualTo(eager.quoted[i]);
            assertThat(split.capitalised[i]).isEqualTo(eager.capitalised[i]);
            assertThat(split.known(i)).as(word).isEqualTo(some.contains(word) ? word : null);
            assertThat(split.word(i)).isEqualTo(word);
        }
    }

    @Test
    void aKnownWordIsTheVocabularysInstance() {
        String should = new String("should");
        Words split = Words.of("We Should have", new Vocabulary(List.of(should, "we")));
        assertThat(split.known(1)).isSameAs(should);
        assertThat(split.known(2)).isNull();
        assertThat(split.word(2)).isEqualTo("have");
    }
}
