package dev.postmortem.core.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Points out counterfactual and blame phrasing ("should have", "human error", "careless") so that a personal
 * account can be rewritten around what people saw and why their action made sense. It never blocks anything
 * and never flags a name: every rule is a phrase about an action or a judgement, never a word for a person.
 *
 * <p><b>How it matches.</b> The text is split into {@link Words} once; then, at each word, a walk down a trie
 * of the rules' phrases finds the longest phrase starting there. A walk is at most
 * {@link BlameRules#MAX_PHRASE_WORDS} steps, so the whole check is linear in the text length. No regular
 * expression runs over the text. After a match the scan continues after it, so findings never overlap.
 *
 * <p><b>Systems versus people.</b> "The alert should have fired" states what a system was expected to do;
 * that is the useful half of a postmortem, not blame. A rule marked {@code systemExempt} is therefore not
 * flagged when the word right before the phrase is a system noun from the rules file (alert, job, pipeline,
 * test, config...). Anything else before it, a name or a pronoun, is flagged: "Will should have" and "we
 * should have" are both hindsight about people. The check looks at one word only, on purpose: it is a prompt
 * for the writer, and a simple rule the writer can predict is worth more than a clever one.
 *
 * <p>Immutable and thread-safe.
 */
public final class BlamelessLanguageCheck {

    private static final class DefaultsHolder {
        static final BlamelessLanguageCheck DEFAULTS = new BlamelessLanguageCheck(BlameRules.loadDefaults());
    }

    private final BlameRules rules;
    private final PhraseTrie trie = new PhraseTrie();

    public BlamelessLanguageCheck(BlameRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        for (BlameRule rule : rules.rules()) {
            for (String phrase : rule.phrases()) {
                trie.add(Words.of(phrase), rule);
            }
        }
    }

    /** The check with the bundled rules ({@link BlameRules#DEFAULT_RESOURCE}); loaded once. */
    public static BlamelessLanguageCheck defaults() {
        return DefaultsHolder.DEFAULTS;
    }

    public BlameRules rules() {
        return rules;
    }

    /** Every finding in {@code text}, in text order, non-overlapping. */
    public List<Finding> check(String text) {
        Objects.requireNonNull(text, "text");
        Words words = Words.of(text);
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < words.count) {
            int matchEnd = -1; // index of the last word of the longest match starting at i
            BlameRule matched = null;
            PhraseTrie.Node node = trie.root();
            for (int j = i; j < words.count && (j == i || words.softGapBefore[j]); j++) {
                node = node.child(words.normalised[j]);
                if (node == null) {
                    break;
                }
                if (node.rule() != null) {
                    matched = node.rule();
                    matchEnd = j;
                }
            }
            if (matched != null && !exempt(matched, words, i, matchEnd)) {
                int offset = words.start[i];
                int end = words.end[matchEnd];
                findings.add(new Finding(offset, end - offset, matched.id(), matched.messageKey(),
                        matched.questionKey(), text.substring(offset, end)));
                i = matchEnd + 1;
            } else {
                i++;
            }
        }
        return List.copyOf(findings);
    }

    private boolean exempt(BlameRule rule, Words words, int first, int last) {
        if (first > 0 && words.softGapBefore[first]) {
            String before = words.normalised[first - 1];
            if (rule.unlessPrecededBy().contains(before)) {
                return true;
            }
            if (rule.systemExempt() && rules.systemNouns().contains(before)) {
                return true;
            }
        }
        if (last + 1 < words.count && words.softGapBefore[last + 1]) {
            Set<String> unlessFollowedBy = rule.unlessFollowedBy();
            return unlessFollowedBy.contains(words.normalised[last + 1]);
        }
        return false;
    }
}
