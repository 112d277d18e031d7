package dev.postmortem.core.language;

import java.util.Objects;
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
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Reads rules and system nouns from the properties format described in {@code blame-rules.properties}. */
public record BlameRules(List<BlameRule> rules, Set<String> systemNouns) {

    /** The bundled default rules, a resource next to this class. */
    public static final String DEFAULT_RESOURCE = "/dev/postmortem/core/language/blame-rules.properties";

    /** Phrases longer than this are refused: the matcher's cost per word is bounded by it. */
    public static final int MAX_PHRASE_WORDS = 8;

    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern PHRASES_KEY = Pattern.compile("rule\\.([^.]+)\\.phrases");

    public BlameRules {
        rules = List.copyOf(rules);
        systemNouns = Set.copyOf(systemNouns);
    }

    static BlameRules loadDefaults() {
        try (InputStream in = BlameRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
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
            } else if (!key.startsWith("rule.") && !key.equals("system.nouns")) {
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
                int words = Words.of(phrase).count;
                if (words == 0 || words > MAX_PHRASE_WORDS) {
                    throw new IllegalArgumentException("rule " + id + ": phrase must have 1 to "
                            + MAX_PHRASE_WORDS + " words: " + phrase);
                }
            }
            rules.add(new BlameRule(id, phrases, question,
                    Boolean.parseBoolean(properties.getProperty(prefix + "systemExempt", "false").strip()),
                    normalisedWords(properties.getProperty(prefix + "unlessFollowedBy")),
                    normalisedWords(properties.getProperty(prefix + "unlessPrecededBy"))));
        }
        return new BlameRules(rules, normalisedWords(properties.getProperty("system.nouns")));
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
            if (parsed.count != 1) {
                throw new IllegalArgumentException("expected a single word: " + word);
            }
            words.add(parsed.normalised[0]);
        }
        return words;
    }
}
