package dev.postmortem.jira.narrative;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativeSearchTermsTest {

    private static NarrativeSearchTerms read(String... arguments) {
        return NarrativeSearchTerms.of(Arrays.asList(arguments));
    }

    @Test
    void wordsAreSplitAtWhiteSpaceLowerCasedAndCountedOnce() {
        NarrativeSearchTerms terms = read("  Failover\tDNS\nfailover  ");

        assertThat(terms.isValid()).isTrue();
        assertThat(terms.terms()).containsExactly("failover", "dns");
        assertThat(terms.problem()).isNull();
    }

    @Test
    void severalArgumentsAreOneText() {
        assertThat(read("failover", "dns pool").terms()).containsExactly("failover", "dns", "pool");
    }

    @Test
    void quotedTextIsOnePhraseAndAnOpenQuoteRunsToTheEnd() {
        assertThat(read("\"Pool  Size\" postgres").terms()).containsExactly("pool  size", "postgres");
        assertThat(read("dns \"rolled out").terms()).containsExactly("dns", "rolled out");
        assertThat(read("a\"b c\"d").terms()).containsExactly("a", "b c", "d");
        assertThat(read("\"\" x").terms()).containsExactly("x");
    }

    @Test
    void sqlWildcardsStayInTheTermButBracketsSeparate() {
        assertThat(read("100% queue_depth [abc]def").terms()).containsExactly("100%", "queue_depth", "abc", "def");
        assertThat(read("\"a[b]c\"").terms()).containsExactly("a b c");
    }

    @Test
    void diacriticsAreKeptAndComposed() {
        assertThat(read("Ölpumpe Cafe\u0301").terms()).containsExactly("ölpumpe", "caf\u00e9");
    }

    @Test
    void noArgumentIsAProblem() {
        assertThat(NarrativeSearchTerms.of(List.of()).problem())
                .isEqualTo(new NarrativeSearchTerms.Problem(NarrativeSearchTerms.NO_ARGUMENT_KEY, List.of()));
        assertThat(NarrativeSearchTerms.of(null).isValid()).isFalse();
    }

    @Test
    void blankArgumentsAreAProblem() {
        for (NarrativeSearchTerms terms : List.of(read(""), read("   ", "\t"), read("\"  \""), read("[ ]"),
                read((String) null))) {
            assertThat(terms.isValid()).isFalse();
            assertThat(terms.terms()).isEmpty();
            assertThat(terms.problem().key()).isEqualTo(NarrativeSearchTerms.BLANK_KEY);
        }
    }

    @Test
    void tooLongIsAProblemWithTheLengthAndTheLimit() {
        String exactly = "x".repeat(NarrativeSearchTerms.MAX_CHARS);
        assertThat(read(exactly).isValid()).isTrue();

        NarrativeSearchTerms terms = read(exactly, "y");

        assertThat(terms.problem()).isEqualTo(new NarrativeSearchTerms.Problem(NarrativeSearchTerms.TOO_LONG_KEY,
                List.of(NarrativeSearchTerms.MAX_CHARS + 2, NarrativeSearchTerms.MAX_CHARS)));
    }

    @Test
    void tooManyDistinctTermsIsAProblemButRepeatsDoNotCount() {
        assertThat(read("a b c d e f g h i j").isValid()).isTrue();
        assertThat(read("a b c d e f g h i j a b c").isValid()).isTrue();

        assertThat(read("a b c d e f g h i j k").problem()).isEqualTo(new NarrativeSearchTerms.Problem(
                NarrativeSearchTerms.TOO_MANY_KEY, List.of(11, NarrativeSearchTerms.MAX_TERMS)));
    }
}
