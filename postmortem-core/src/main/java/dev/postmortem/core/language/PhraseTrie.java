package dev.postmortem.core.language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A trie over normalised words; each node that ends a phrase knows its rule. A node may also have a gap: up to
 * {@link #MAX_GAP_WORDS} words of the same clause, then the phrase goes on ("hätte [] müssen").
 *
 * <p>Matching from one word is bounded: at most {@link BlameRules#MAX_PHRASE_WORDS} literal steps, at most
 * {@link #MAX_ADVERBS} skipped adverbs, and each gap tries at most {@link #MAX_GAP_WORDS} positions (a phrase has
 * at most {@link #MAX_GAPS} gaps), so the work per word is a constant and a scan of the text is linear.
 */
final class PhraseTrie {

    static final int MAX_GAP_WORDS = 10;
    static final int MAX_GAPS = 2;
    static final int MAX_ADVERBS = 2;

    static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private Node gap;
        private BlameRule rule;

        Node child(String word) {
            return children.get(word);
        }

        BlameRule rule() {
            return rule;
        }
    }

    /** The longest match from a word: its rule, last word, and the first word after its first gap (or -1). */
    record Match(BlameRule rule, int last, int afterFirstLiteralRun) {
    }

    private final Node root = new Node();
    private final Set<String> words = new HashSet<>();

    void add(String phrase, BlameRule rule) {
        Node node = root;
        String[] parts = phrase.split(Pattern.quote(BlameRules.GAP), -1);
        if (parts.length - 1 > MAX_GAPS) {
            throw new IllegalArgumentException("rule " + rule.id() + ": at most " + MAX_GAPS + " gaps: " + phrase);
        }
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) {
                if (node.gap == null) {
                    node.gap = new Node();
                }
                node = node.gap;
            }
            Words words = Words.of(parts[p]);
            for (int i = 0; i < words.count; i++) {
                this.words.add(words.word(i));
                node = node.children.computeIfAbsent(words.word(i), w -> new Node());
            }
        }
        if (node.rule != null && !node.rule.id().equals(rule.id())) {
            throw new IllegalArgumentException("phrase in two rules, " + node.rule.id() + " and " + rule.id());
        }
        node.rule = rule;
    }

    /** Every word of every phrase, normalised. */
    Set<String> words() {
        return Set.copyOf(words);
    }

    Node root() {
        return root;
    }

    /**
     * The longest phrase that starts at word {@code first}, or null. {@code words} must have been split with a
     * vocabulary that holds {@link #words()} and {@code adverbs} (or without one).
     */
    Match longest(Words words, int first, Set<String> adverbs) {
        Node start = root.child(words.known(first)); // every word of the trie is known
        if (start == null) {
            return null;
        }
        Best best = new Best();
        walk(words, start, first, first + 1, 0, 0, -1, true, adverbs, best);
        return best.rule == null ? null : new Match(best.rule, best.last, best.afterFirstRun);
    }

    private static final class Best {
        BlameRule rule;
        int last = -1;
        int afterFirstRun = -1;
    }

    /** {@code node} has consumed words up to {@code next - 1}. */
    private void walk(Words words, Node node, int first, int next, int adverbs, int gaps, int afterFirstRun,
            boolean literal, Set<String> adverbWords, Best best) {
        if (literal && node.rule != null && next - 1 > best.last) {
            best.rule = node.rule;
            best.last = next - 1;
            best.afterFirstRun = afterFirstRun;
        }
        if (next >= words.count || words.gap[next] != Words.SOFT) {
            return;
        }
        String word = words.known(next);
        Node child = word == null ? null : node.child(word);
        if (child != null) {
            walk(words, child, first, next + 1, adverbs, gaps, afterFirstRun, true, adverbWords, best);
        }
        if (adverbs < MAX_ADVERBS && word != null && adverbWords.contains(word)) {
            walk(words, node, first, next + 1, adverbs + 1, gaps, afterFirstRun, false, adverbWords, best);
        }
        if (node.gap != null && gaps < MAX_GAPS) {
            int marker = gaps == 0 ? next : afterFirstRun;
            for (int k = next; k < words.count && k < next + MAX_GAP_WORDS; k++) {
                if (k > next && words.gap[k] != Words.SOFT) {
                    break;
                }
                String gapWord = words.known(k);
                Node after = gapWord == null ? null : node.gap.child(gapWord);
                if (after != null) {
                    walk(words, after, first, k + 1, adverbs, gaps + 1, marker, true, adverbWords, best);
                }
            }
        }
    }
}
