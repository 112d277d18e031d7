package dev.postmortem.core.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The coach: points out hindsight and blame ("we should have", "human error", "careless") so that an account can be
 * rewritten around what people saw and why their action made sense. It never blocks anything and never flags a
 * name: every rule is a phrase about an action or a judgement, never a word for a person, and a word that is part
 * of a participant's name is never part of a finding.
 *
 * <p><b>Clauses, not words.</b> A candidate phrase is only a finding when its clause is about people: hindsight
 * ("should have", "failed to", "forgot to") needs a subject that is a person or people (a pronoun, a name, a
 * participant, a role noun such as engineer, on-call or team); "the canary should have caught it" states what a
 * system was expected to do, and "we should have alerts on this" states a need, so neither is flagged. Judgements
 * ("careless", "human error", "culprit") are flagged unless the clause negates them ("this was not human error",
 * "nobody is to blame"). Quoted text and code spans are never flagged. See {@link ClauseCheck} for how the
 * subject is found.
 *
 * <p><b>Languages.</b> Each language has its own rules file ({@code blame-rules.properties} for English,
 * {@code blame-rules_de.properties} for German) with the same rule ids, so messages and questions come from the
 * user's bundle. The language of the text decides which set runs (by its most frequent function words); a text
 * too short to tell is read in the user's language.
 *
 * <p><b>Cost.</b> The text is split into {@link Words} once, on its chars, against a {@link Vocabulary} of every
 * word the rules know, so that a word becomes a new string only when a look-around reads it; at each word a
 * bounded walk of a phrase trie finds
 * the longest candidate, and the look-around for a candidate reads at most {@link ClauseCheck#WINDOW} words, so
 * the check is linear in the text. No regular expression runs over the text. Immutable and thread-safe.
 */
public final class BlamelessLanguageCheck {

    private static final class DefaultsHolder {
        static final BlamelessLanguageCheck DEFAULTS = new BlamelessLanguageCheck(Map.of(
                "en", BlameRules.load(BlameRules.DEFAULT_RESOURCE),
                "de", BlameRules.load(BlameRules.GERMAN_RESOURCE)));
    }

    /** Words read to tell the language of a text; enough for a paragraph, bounded for long texts. */
    private static final int LANGUAGE_SAMPLE_WORDS = 400;

    private final Map<String, ClauseCheck> checks = new LinkedHashMap<>();
    private final String fallbackLanguage;
    /** Every word the rules and lexicons of all languages know: texts are split against it. */
    private final Vocabulary vocabulary;

    /** A check with one set of rules, used for every text (English word order). */
    public BlamelessLanguageCheck(BlameRules rules) {
        Objects.requireNonNull(rules, "rules");
        checks.put("en", new ClauseCheck(rules, false));
        fallbackLanguage = "en";
        vocabulary = vocabulary(checks.values());
    }

    /**
     * A check with a set of rules per language (ISO 639 code, e.g. "en", "de"). English is the fallback when
     * present; German word order (verb second, verbs at the end) is used for "de".
     */
    public BlamelessLanguageCheck(Map<String, BlameRules> rulesByLanguage) {
        if (rulesByLanguage.isEmpty()) {
            throw new IllegalArgumentException("no rules");
        }
        rulesByLanguage.keySet().stream().sorted().forEach(language ->
                checks.put(language, new ClauseCheck(rulesByLanguage.get(language), language.equals("de"))));
        fallbackLanguage = checks.containsKey("en") ? "en" : checks.keySet().iterator().next();
        vocabulary = vocabulary(checks.values());
    }

    private static Vocabulary vocabulary(Collection<ClauseCheck> checks) {
        List<String> words = new ArrayList<>();
        for (ClauseCheck check : checks) {
            words.addAll(check.vocabulary());
        }
        return new Vocabulary(words);
    }

    /** The check with the bundled English and German rules; loaded once. */
    public static BlamelessLanguageCheck defaults() {
        return DefaultsHolder.DEFAULTS;
    }

    /** The English rules (or the only set). */
    public BlameRules rules() {
        return checks.get(fallbackLanguage).rules();
    }

    /** The rules for a language, or the English ones when there are none for it. */
    public BlameRules rules(Locale locale) {
        return checks.getOrDefault(locale.getLanguage(), checks.get(fallbackLanguage)).rules();
    }

    /** The languages with rules, e.g. [de, en]. */
    public Set<String> languages() {
        return Set.copyOf(checks.keySet());
    }

    /** Every finding in {@code text}, in text order, non-overlapping; the language is told from the text, else English. */
    public List<Finding> check(String text) {
        return check(text, Locale.ENGLISH, List.of());
    }

    /** Every finding in {@code text}; {@code userLocale} decides the language when the text does not. */
    public List<Finding> check(String text, Locale userLocale) {
        return check(text, userLocale, List.of());
    }

    /**
     * Every finding in {@code text}, in text order, non-overlapping.
     *
     * @param userLocale       the language used when the text is too short to tell its own
     * @param participantNames the narrative's participants: read as people, and never part of a finding
     */
    public List<Finding> check(String text, Locale userLocale, Collection<String> participantNames) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(userLocale, "userLocale");
        Objects.requireNonNull(participantNames, "participantNames");
        Words words = Words.of(text, vocabulary);
        ClauseCheck check = checks.get(language(words, userLocale));
        List<Finding> findings = new ArrayList<>();
        check.check(words, participantTokens(participantNames), findings);
        return List.copyOf(findings);
    }

    /** The language whose rules run for {@code text}: the one whose function words it uses most. */
    public String language(String text, Locale userLocale) {
        return language(Words.of(Objects.requireNonNull(text, "text"), vocabulary), userLocale);
    }

    private String language(Words words, Locale userLocale) {
        String fallback = checks.containsKey(userLocale.getLanguage()) ? userLocale.getLanguage() : fallbackLanguage;
        if (checks.size() == 1) {
            return fallback;
        }
        String best = fallback;
        int bestCount = 0;
        boolean tie = false;
        int sample = Math.min(words.count, LANGUAGE_SAMPLE_WORDS);
        for (Map.Entry<String, ClauseCheck> entry : checks.entrySet()) {
            Set<String> functionWords = entry.getValue().rules().lexicon().functionWords();
            int count = 0;
            for (int i = 0; i < sample; i++) {
                String word = words.known(i); // function words are in the vocabulary
                if (word != null && functionWords.contains(word)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = entry.getKey();
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return bestCount == 0 || tie ? fallback : best;
    }

    private static Set<String> participantTokens(Collection<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        Set<String> tokens = new HashSet<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            Words words = Words.of(name);
            for (int i = 0; i < words.count; i++) {
                tokens.add(words.word(i));
            }
        }
        return tokens;
    }
}
