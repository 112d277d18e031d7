package dev.postmortem.core.language;

import java.util.List;
import java.util.Set;

/**
 * The check for one language: finds each candidate phrase with the {@link PhraseTrie}, then looks at the clause
 * around it (who its subject is, whether it is negated, quoted or part of a compound) to decide whether it is a
 * finding. Every look-around is bounded by {@link #WINDOW} words, so the whole check stays linear in the text.
 *
 * <p><b>The subject.</b> The clause is the run of words since the last {@code . ! ? ; :}, blank line or list item;
 * within it, the subject is searched after the last comma, conjunction ("because", "weil") or "that" after a verb of
 * saying or thinking. Sentence adverbs ("in hindsight", "rückblickend") and a leading prepositional phrase ("during
 * the incident") are skipped; the head of the first noun phrase is its last word before a preposition, a relative
 * pronoun or an -ing form that takes an object ("the engineer <i>running</i> the migration"). A head is a person
 * when it is a person pronoun, a role noun, a participant of the narrative, an {@code @mention} or a bare
 * capitalised word that looks like a name. German puts the subject after the finite verb when the clause starts
 * with an adverb ("Rückblickend hätte das Team …"), so there the words after the verb are read when none stand
 * before it. Immutable and thread-safe.
 */
final class ClauseCheck {

    static final int WINDOW = 40;

    private final BlameRules rules;
    private final Lexicon lex;
    private final PhraseTrie trie = new PhraseTrie();
    private final boolean verbSecond;
    private final Set<String> negatingRules = new java.util.HashSet<>();

    ClauseCheck(BlameRules rules, boolean verbSecond) {
        this.rules = rules;
        this.lex = rules.lexicon();
        this.verbSecond = verbSecond;
        for (BlameRule rule : rules.rules()) {
            for (String phrase : rule.phrases()) {
                trie.add(phrase, rule);
                Words words = Words.of(phrase);
                for (int k = 0; k < words.count; k++) {
                    if (lex.isNegation(words.word(k))) {
                        negatingRules.add(rule.id());
                    }
                }
            }
        }
    }

    BlameRules rules() {
        return rules;
    }

    /**
     * The words this check looks up in sets: the phrases' words, the lexicon, the rules' exceptions and the words
     * named here. The trie and the language guess read only these through {@link Words#known}.
     */
    java.util.Collection<String> vocabulary() {
        List<String> words = new java.util.ArrayList<>(trie.words());
        for (Set<String> set : lex.all()) {
            words.addAll(set);
        }
        for (BlameRule rule : rules.rules()) {
            words.addAll(rule.unlessFollowedBy());
            words.addAll(rule.unlessPrecededBy());
        }
        return words;
    }

    void check(Words words, Set<String> participants, List<Finding> findings) {
        int i = 0;
        while (i < words.count) {
            PhraseTrie.Match match = trie.longest(words, i, lex.phraseAdverbs());
            if (match != null && isFinding(words, participants, match, i)) {
                int offset = words.start[i];
                int end = words.end[match.last()];
                BlameRule rule = match.rule();
                findings.add(new Finding(offset, end - offset, rule.id(), rule.messageKey(), rule.questionKey(),
                        words.text.substring(offset, end)));
                i = match.last() + 1;
            } else {
                i++;
            }
        }
    }

    private boolean isFinding(Words words, Set<String> participants, PhraseTrie.Match match, int first) {
        BlameRule rule = match.rule();
        int last = match.last();
        if (words.quoted[first] || words.quoted[last]) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (isParticipantWord(words, participants, k)) {
                return false; // a participant's name is never part of a finding, whatever word it is
            }
        }
        if (words.hyphenJoined[first] || (last + 1 < words.count && words.hyphenJoined[last + 1])) {
            return false; // part of a compound: lazy-loaded, non-obvious, blame-free
        }
        if (first > 0 && words.gap[first] == Words.SOFT && rule.unlessPrecededBy().contains(words.word(first - 1))) {
            return false;
        }
        if (last + 1 < words.count && words.gap[last + 1] == Words.SOFT
                && rule.unlessFollowedBy().contains(words.word(last + 1))) {
            return false;
        }
        if (rule.participle() && !participleFollows(words, last)) {
            return false;
        }
        if (match.afterFirstLiteralRun() >= 0 && !negatingRule(rule)) {
            for (int k = first + 1; k < last; k++) {
                if (lex.isNegation(words.word(k))) {
                    return false; // "wir hätten nicht wissen können": could not have known
                }
            }
        }
        return switch (rule.subject()) {
            case ANY -> !negated(words, first, last);
            case PERSON -> !negated(words, first, last)
                    && subjectBefore(words, participants, first, match.afterFirstLiteralRun()) == Who.PERSON;
            case PERSON_AFTER -> subjectAt(words, participants,
                    match.afterFirstLiteralRun() >= 0 ? match.afterFirstLiteralRun() : last + 1) == Who.PERSON;
            case PERSON_IN_CLAUSE -> personInClause(words, participants, first) && !negated(words, first, last);
        };
    }

    enum Who { PERSON, THING, NONE }

    /** A rule whose phrases themselves hold a negation ("hätte [] nicht [] dürfen"). */
    private boolean negatingRule(BlameRule rule) {
        return negatingRules.contains(rule.id());
    }

    // ---- words ----

    private static boolean isParticipantWord(Words words, Set<String> participants, int k) {
        return !participants.isEmpty() && participants.contains(words.word(k))
                && (words.capitalised[k] || words.mention[k]);
    }

    private boolean isPersonWord(Words words, Set<String> participants, int k) {
        String w = words.word(k);
        if (isParticipantWord(words, participants, k) || words.mention[k] || lex.personPronouns().contains(w)) {
            return true;
        }
        if (lex.isPersonNoun(w)) {
            return true;
        }
        if (k > 0 && words.hyphenJoined[k] && lex.isPersonNoun(words.word(k - 1) + "-" + w)) {
            return true;
        }
        if (verbSecond && w.length() > 8) {
            // German compounds: "Bereitschaftsingenieur", "Datenbankadministratorin"
            for (String noun : lex.personNouns()) {
                if (noun.length() >= 6 && w.endsWith(noun)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isFunctionWord(String w) {
        return lex.determiners().contains(w) || lex.prepositions().contains(w) || lex.introWords().contains(w)
                || lex.conjunctions().contains(w) || lex.thingPronouns().contains(w)
                || lex.personPronouns().contains(w) || lex.negations().contains(w) || lex.relatives().contains(w)
                || lex.phraseAdverbs().contains(w);
    }

    /** A bare capitalised word that is not a known word, an acronym or a product-style name. */
    private boolean looksLikeName(Words words, int k) {
        if (!words.capitalised[k] || words.hyphenJoined[k]) {
            return false;
        }
        String w = words.word(k);
        if (w.length() < 2 || isFunctionWord(w) || w.endsWith("ing")) {
            return false;
        }
        for (int c = words.start[k] + 1; c < words.end[k]; c++) {
            char ch = words.text.charAt(c);
            if (Character.isUpperCase(ch) || Character.isDigit(ch)) {
                return false; // CDN, GitHub, PagerDuty, S3
            }
        }
        if (k > 0 && words.gap[k] == Words.SOFT && lex.determiners().contains(words.word(k - 1))) {
            return false;
        }
        boolean clauseInitial = k == 0 || words.gap[k] == Words.CLAUSE || words.gap[k] == Words.COMMA;
        if (verbSecond) {
            if (k + 1 < words.count && words.hyphenJoined[k + 1]) {
                return false;
            }
            for (int b = k - 1; b >= 0 && b >= k - 3 && words.gap[b + 1] == Words.SOFT; b--) {
                if (lex.determiners().contains(words.word(b)) || lex.prepositions().contains(words.word(b))) {
                    return false; // "ein zweiter Health-Check"
                }
            }
            // German capitalises every noun: only a bare word with a name-like ending reads as a name.
            return !(w.endsWith("ung") || w.endsWith("heit") || w.endsWith("keit") || w.endsWith("ion")
                    || w.endsWith("tät") || w.endsWith("ismus") || w.endsWith("nis") || w.endsWith("schaft")
                    || w.endsWith("e") || w.endsWith("en") || w.endsWith("s") || w.endsWith("er")
                    || w.endsWith("ment") || w.endsWith("ät"));
        }
        if (!clauseInitial) {
            return true;
        }
        // A capital at the start of a clause may be any word: read it as a name only when a verb group or a
        // list of people follows ("Will should have", "Ana and Tom forgot to").
        if (k + 1 >= words.count || words.gap[k + 1] == Words.CLAUSE) {
            return false;
        }
        String next = words.word(k + 1);
        return !w.endsWith("s") && (words.gap[k + 1] == Words.COMMA || lex.listWords().contains(next)
                || lex.phraseAdverbs().contains(next) || lex.nameFollowers().contains(next));
    }

    private boolean isParticiple(String w) {
        return lex.participles().contains(w) || (w.length() > 3 && w.endsWith("ed"));
    }

    private boolean participleFollows(Words words, int last) {
        if (lex.participles().isEmpty()) {
            return true;
        }
        int k = last + 1;
        int skipped = 0;
        while (k < words.count && words.gap[k] == Words.SOFT && skipped < 3
                && (lex.phraseAdverbs().contains(words.word(k)) || lex.isNegation(words.word(k)))
                && !isParticiple(words.word(k))) {
            k++;
            skipped++;
        }
        if (k >= words.count || words.gap[k] != Words.SOFT) {
            return true; // "we really should have." - hindsight without its verb
        }
        return isParticiple(words.word(k));
    }

    // ---- clauses ----

    private static int clauseStart(Words words, int first) {
        int s = first;
        int limit = Math.max(0, first - WINDOW);
        while (s > limit && words.gap[s] != Words.CLAUSE) {
            s--;
        }
        return s;
    }

    /** The start of the part of the clause that holds the subject of the phrase at {@code first}. */
    private int segmentStart(Words words, int clauseStart, int first) {
        for (int k = first - 1; k >= clauseStart; k--) {
            String w = words.word(k);
            if (lex.conjunctions().contains(w)) {
                return k + 1;
            }
            if (k > clauseStart && lex.complementizers().contains(w) && lex.complementTakers().contains(words.word(k - 1))) {
                return k + 1;
            }
            if (words.gap[k] == Words.COMMA && k > clauseStart) {
                return k;
            }
        }
        return clauseStart;
    }

    private boolean negated(Words words, int first, int last) {
        int s = segmentStart(words, clauseStart(words, first), first);
        for (int k = first - 1; k >= s && k >= first - 6; k--) {
            if (lex.isNegation(words.word(k))) {
                return true;
            }
        }
        // "human error was not the cause", "Schuld ist niemand"
        int k = last + 1;
        if (k < words.count && words.gap[k] == Words.SOFT && lex.copulas().contains(words.word(k))) {
            k++;
        }
        return k < words.count && k <= last + 2 && words.gap[k] == Words.SOFT && lex.isNegation(words.word(k))
                && !lex.prepositionalNegations().contains(words.word(k));
    }

    private boolean personInClause(Words words, Set<String> participants, int first) {
        int s = clauseStart(words, first);
        for (int k = s; k < first; k++) {
            if (isPersonWord(words, participants, k) || looksLikeName(words, k)) {
                return true;
            }
        }
        return false;
    }

    /** Who the clause of the phrase at {@code first} is about, reading the words before it (and after, in German). */
    private Who subjectBefore(Words words, Set<String> participants, int first, int afterFirstRun) {
        int clause = clauseStart(words, first);
        // the word right before the phrase, past adverbs: a pronoun or a relative pronoun decides at once
        int j = first - 1;
        while (j > clause && words.gap[j + 1] == Words.SOFT && lex.phraseAdverbs().contains(words.word(j))) {
            j--;
        }
        boolean adjacent = j >= clause && j >= 0 && words.gap[j + 1] == Words.SOFT;
        if (adjacent) {
            String before = words.word(j);
            if (lex.personPronouns().contains(before) || isParticipantWord(words, participants, j) || words.mention[j]) {
                return Who.PERSON;
            }
            if (lex.relatives().contains(before) && !verbSecond) {
                if (lex.personRelatives().contains(before)) {
                    return Who.PERSON;
                }
                // "the statuses that should have been removed": the relative stands for the noun before it
                return j > clause && words.gap[j] == Words.SOFT && isPersonWord(words, participants, j - 1)
                        ? Who.PERSON : Who.THING;
            }
            if (lex.thingPronouns().contains(before) && !lex.determiners().contains(before)) {
                return Who.THING;
            }
        }
        if (words.word(first).endsWith("ing") && !verbSecond) {
            // "jobs failing to execute": an -ing form belongs to the noun right before it
            return adjacent && isPersonWord(words, participants, j) ? Who.PERSON : Who.NONE;
        }
        if (verbSecond && first > clause && words.gap[first] == Words.COMMA) {
            // "Der Kollege, der …, hätte" or "Als der Alarm kam, hätte das Team": the subject opens the clause
            // or follows the verb.
            int firstComma = clause + 1;
            while (firstComma < first && words.gap[firstComma] != Words.COMMA) {
                firstComma++;
            }
            if (firstNounPhrase(words, participants, clause, firstComma) == Who.PERSON) {
                return Who.PERSON;
            }
            return subjectAt(words, participants, first + 1);
        }
        int seg = segmentStart(words, clause, first);
        Who who = firstNounPhrase(words, participants, seg, first);
        if (who == Who.NONE && seg > clause) {
            who = firstNounPhrase(words, participants, clause, first); // "Ana, the on-call engineer, should have"
        }
        if (who == Who.NONE && verbSecond) {
            // "Rückblickend hätte das Team …": the subject follows the finite verb.
            who = subjectAt(words, participants, first + 1);
        }
        return who;
    }

    /** The head of the first noun phrase in [from, to). */
    private Who firstNounPhrase(Words words, Set<String> participants, int from, int to) {
        int k = from;
        // sentence adverbs and fillers
        while (k < to && lex.introWords().contains(words.word(k))
                && !isPersonWord(words, participants, k)) {
            k++;
        }
        // a leading prepositional phrase: "during the incident", "in the morning"
        while (k < to && lex.prepositions().contains(words.word(k))) {
            k++;
            int content = 0;
            while (k < to) {
                String w = words.word(k);
                if (content > 0 && (lex.determiners().contains(w) || lex.personPronouns().contains(w)
                        || lex.thingPronouns().contains(w) || lex.prepositions().contains(w))) {
                    break;
                }
                if (!lex.determiners().contains(w)) {
                    content++;
                }
                k++;
            }
            while (k < to && lex.introWords().contains(words.word(k))
                    && !isPersonWord(words, participants, k)) {
                k++;
            }
        }
        if (k >= to) {
            return Who.NONE;
        }
        return headAt(words, participants, k, to);
    }

    /** Classifies the noun phrase that starts at {@code k}, looking no further than {@code to}. */
    private Who headAt(Words words, Set<String> participants, int k, int to) {
        String w = words.word(k);
        if (isPersonWord(words, participants, k)) {
            return Who.PERSON;
        }
        if (lex.thingPronouns().contains(w) && !lex.determiners().contains(w)) {
            return Who.THING;
        }
        boolean determined = false;
        while (k < to && lex.determiners().contains(words.word(k))) {
            determined = true;
            k++;
        }
        if (!determined && looksLikeName(words, k < to ? k : to - 1)) {
            return Who.PERSON;
        }
        int head = -1;
        while (k < to) {
            String word = words.word(k);
            if (k > head && head >= 0 && (words.gap[k] != Words.SOFT || lex.prepositions().contains(word)
                    || lex.relatives().contains(word) || lex.conjunctions().contains(word)
                    || lex.phraseAdverbs().contains(word) || lex.isNegation(word))) {
                break;
            }
            if (head >= 0 && (word.endsWith("ing") || word.endsWith("ed")) && k + 1 < to
                    && (lex.determiners().contains(words.word(k + 1))
                    || lex.prepositions().contains(words.word(k + 1)))) {
                break; // "the engineer running the migration", "the person paged at 2am"
            }
            if (verbSecond && head >= 0 && !words.capitalised[k] && !words.hyphenJoined[k]) {
                break; // German: the noun phrase ends at its capitalised noun
            }
            if (isPersonWord(words, participants, k) && !(k + 1 < to && words.hyphenJoined[k + 1])) {
                // a person noun ends the phrase unless a compound continues ("on-call dashboard")
                if (!(k + 1 < to && words.gap[k + 1] == Words.SOFT && !isFunctionWord(words.word(k + 1))
                        && !verbSecond && !lex.phraseAdverbs().contains(words.word(k + 1)))) {
                    return Who.PERSON;
                }
            }
            if (!verbSecond || words.capitalised[k] || words.hyphenJoined[k]) {
                head = k;
            }
            k++;
        }
        if (head < 0) {
            return Who.NONE;
        }
        return isPersonWord(words, participants, head) ? Who.PERSON : Who.THING;
    }

    /** Who the noun phrase starting at {@code k} (after adverbs) is: for questions and German verb-second. */
    private Who subjectAt(Words words, Set<String> participants, int k) {
        int skipped = 0;
        while (k < words.count && skipped < 3 && words.gap[k] == Words.SOFT
                && (lex.phraseAdverbs().contains(words.word(k)) || lex.introWords().contains(words.word(k)))
                && !isPersonWord(words, participants, k)) {
            k++;
            skipped++;
        }
        if (k >= words.count || words.gap[k] == Words.CLAUSE) {
            return Who.NONE;
        }
        String w = words.word(k);
        if (isPersonWord(words, participants, k)) {
            return Who.PERSON;
        }
        if (lex.determiners().contains(w)) {
            for (int j = k + 1; j < words.count && j <= k + 4 && words.gap[j] == Words.SOFT; j++) {
                if (isPersonWord(words, participants, j)) {
                    return Who.PERSON;
                }
                boolean compound = j + 1 < words.count && words.hyphenJoined[j + 1];
                if (!compound && (lex.determiners().contains(words.word(j))
                        || lex.prepositions().contains(words.word(j)))) {
                    break;
                }
                if (verbSecond && words.capitalised[j] && !(j + 1 < words.count && words.hyphenJoined[j + 1])) {
                    return Who.THING; // the noun of the phrase
                }
            }
            return Who.THING;
        }
        if (looksLikeName(words, k)) {
            return Who.PERSON;
        }
        return Who.THING;
    }
}
