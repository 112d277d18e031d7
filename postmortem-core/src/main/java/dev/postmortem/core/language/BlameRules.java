package dev.postmortem.core.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules and the lexicon of one language, read from the properties format described in
 * {@code blame-rules.properties}.
 */
public record BlameRules(List<BlameRule> rules, Lexicon lexicon) {

    /** The bundled English rules, a resource next to this class. */
    public static final String DEFAULT_RESOURCE = "/dev/postmortem/core/language/blame-rules.properties";

    /** The bundled German rules. */
    public static final String GERMAN_RESOURCE = "/dev/postmortem/core/language/blame-rules_de.properties";

    /** Phrases longer than this are refused: the matcher's cost per word is bounded by it. */
    public static final int MAX_PHRASE_WORDS = 8;

    /** The marker of a gap of up to {@link PhraseTrie#MAX_GAP_WORDS} words inside a phrase. */
    static final String GAP = "[]";

    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern PHRASES_KEY = Pattern.compile("rule\\.([^.]+)\\.phrases");
    private static final Set<String> RULE_KEYS = Set.of("phrases", "question", "subject", "participle",
            "unlessFollowedBy", "unlessPrecededBy");
    private static final List<String> LEXICON_KEYS = List.of("personPronouns", "thingPronouns", "personNouns",
            "determiners", "prepositions", "introWords", "phraseAdverbs", "negations", "conjunctions",
            "complementTakers", "relatives", "participles", "functionWords", "copulas", "nameFollowers", "listWords",
            "personRelatives", "complementizers", "prepositionalNegations");

    public BlameRules {
        rules = List.copyOf(rules);
        Objects.requireNonNull(lexicon, "lexicon");
    }

    static BlameRules load(String resource) {
        try (InputStream in = BlameRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a rules file. A malformed file is an {@link IllegalArgumentException} naming the rule and problem. */
    public static BlameRules parse(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Properties properties = new Properties();
        properties.load(reader);
        Set<String> ids = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            var matcher = PHRASES_KEY.matcher(key);
            if (matcher.matches()) {
                ids.add(matcher.group(1));
            } else if (key.startsWith("rule.")) {
                String[] parts = key.split("\\.");
                if (parts.length != 3 || !RULE_KEYS.contains(parts[2])) {
                    throw new IllegalArgumentException("unknown key in blame rules: " + key);
                }
            } else if (!(key.startsWith("lexicon.") && LEXICON_KEYS.contains(key.substring(8)))) {
                throw new IllegalArgumentException("unknown key in blame rules: " + key);
            }
        }
        List<BlameRule> rules = new ArrayList<>();
        for (String id : ids) {
            if (!RULE_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("rule id must be letters and digits: " + id);
            }
            String prefix = "rule." + id + ".";
            List<String> phrases = split(properties.getProperty(prefix + "phrases"), "\\|");
            String question = properties.getProperty(prefix + "question", "").strip();
            if (phrases.isEmpty() || question.isEmpty()) {
                throw new IllegalArgumentException("rule " + id + " needs phrases and a question");
            }
            for (String phrase : phrases) {
                int words = 0;
                for (String part : phrase.split(Pattern.quote(GAP), -1)) {
                    int partWords = Words.of(part).count;
                    if (partWords == 0) {
                        throw new IllegalArgumentException("rule " + id + ": empty part around a gap: " + phrase);
                    }
                    words += partWords;
                }
                if (words > MAX_PHRASE_WORDS) {
                    throw new IllegalArgumentException("rule " + id + ": phrase must have 1 to "
                            + MAX_PHRASE_WORDS + " words: " + phrase);
                }
            }
            BlameRule.Subject subject;
            try {
                subject = BlameRule.Subject.parse(properties.getProperty(prefix + "subject", "any"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rule " + id + ": " + e.getMessage(), e);
            }
            rules.add(new BlameRule(id, phrases, question, subject,
                    Boolean.parseBoolean(properties.getProperty(prefix + "participle", "false").strip()),
                    normalisedWords(properties.getProperty(prefix + "unlessFollowedBy")),
                    normalisedWords(properties.getProperty(prefix + "unlessPrecededBy"))));
        }
        List<Set<String>> lists = new ArrayList<>();
        for (String key : LEXICON_KEYS) {
            lists.add(normalisedWords(properties.getProperty("lexicon." + key)));
        }
        Lexicon lexicon = new Lexicon(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4),
                lists.get(5), lists.get(6), lists.get(7), lists.get(8), lists.get(9), lists.get(10), lists.get(11),
                lists.get(12), lists.get(13), lists.get(14), lists.get(15), lists.get(16), lists.get(17),
                lists.get(18));
        return new BlameRules(rules, lexicon);
    }

    private static List<String> split(String value, String separator) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Set<String> normalisedWords(String value) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : split(value, ",")) {
            Words parsed = Words.of(word);
            if (parsed.count == 1) {
                words.add(parsed.word(0));
            } else if (parsed.count == 2 && parsed.hyphenJoined[1]) {
                words.add(parsed.word(0) + "-" + parsed.word(1)); // on-call
            } else {
                throw new IllegalArgumentException("expected a single word: " + word);
            }
        }
        return words;
    }
}
