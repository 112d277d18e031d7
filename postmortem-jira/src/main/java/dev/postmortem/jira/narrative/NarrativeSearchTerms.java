package dev.postmortem.jira.narrative;

import dev.postmortem.jira.storage.NarrativeTextIndex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code narrativeMatches(...)} searches for: its arguments read as terms, or the one reason they cannot be.
 *
 * <p>All arguments are read as one text ({@code narrativeMatches("failover", "dns")} is
 * {@code narrativeMatches("failover dns")}). A term is a run of characters between white space; text in double quotes
 * is one term with its spaces, a phrase ({@code narrativeMatches('"pool size" postgres')}; a quote left open runs to
 * the end). '[' and ']' separate terms like white space (not every database can search for them literally). Every
 * other character is taken literally, including the SQL wildcards '%' and '_'. Repeated terms count once.
 */
final class NarrativeSearchTerms {

    /** At most this many characters in all arguments together. */
    static final int MAX_CHARS = 200;
    /** At most this many distinct terms: each is one LIKE condition of the query. */
    static final int MAX_TERMS = 10;

    static final String NO_ARGUMENT_KEY = "postmortem.jira.narrative.search.noArgument";
    static final String BLANK_KEY = "postmortem.jira.narrative.search.blank";
    static final String TOO_LONG_KEY = "postmortem.jira.narrative.search.tooLong";
    static final String TOO_MANY_KEY = "postmortem.jira.narrative.search.tooManyTerms";

    /** A translatable reason: message key and arguments (after the function name, which every message starts with). */
    record Problem(String key, List<Object> args) {
    }

    private final List<String> terms;
    private final Problem problem;

    private NarrativeSearchTerms(List<String> terms, Problem problem) {
        this.terms = terms;
        this.problem = problem;
    }

    static NarrativeSearchTerms of(List<String> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            return refused(NO_ARGUMENT_KEY);
        }
        String text = String.join(" ", arguments.stream().map(a -> a == null ? "" : a).toList());
        if (text.length() > MAX_CHARS) {
            return refused(TOO_LONG_KEY, text.length(), MAX_CHARS);
        }
        List<String> terms = split(text);
        if (terms.isEmpty()) {
            return refused(BLANK_KEY);
        }
        if (terms.size() > MAX_TERMS) {
            return refused(TOO_MANY_KEY, terms.size(), MAX_TERMS);
        }
        return new NarrativeSearchTerms(terms, null);
    }

    private static NarrativeSearchTerms refused(String key, Object... args) {
        return new NarrativeSearchTerms(List.of(), new Problem(key, List.of(args)));
    }

    /** Distinct terms in the form the index compares (NFC, lower case), in the order typed. */
    private static List<String> split(String text) {
        Set<String> terms = new LinkedHashSet<>();
        StringBuilder current = new StringBuilder();
        boolean inPhrase = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                add(terms, current);
                inPhrase = !inPhrase;
            } else if (c == '[' || c == ']' || (!inPhrase && Character.isWhitespace(c))) {
                if (inPhrase) {
                    current.append(' ');
                } else {
                    add(terms, current);
                }
            } else {
                current.append(c);
            }
        }
        add(terms, current);
        return new ArrayList<>(terms);
    }

    private static void add(Set<String> terms, StringBuilder current) {
        String term = current.toString().strip();
        current.setLength(0);
        if (!term.isEmpty()) {
            terms.add(NarrativeTextIndex.searchable(term));
        }
    }

    boolean isValid() {
        return problem == null;
    }

    /** The terms; empty when not valid. */
    List<String> terms() {
        return terms;
    }

    /** Why the arguments cannot be searched; null when valid. */
    Problem problem() {
        return problem;
    }
}
