package dev.postmortem.core.language;

import java.util.List;
import java.util.Set;

/**
 * The words of one language that the check needs to find the subject of a clause: read from the
 * {@code lexicon.*} keys of a rules file. All words are normalised (lower case, straight apostrophe).
 *
 * @param personPronouns   pronouns for people ("we", "someone", "man")
 * @param thingPronouns    pronouns for things ("it", "this", "es")
 * @param personNouns      role nouns for people ("engineer", "on-call", "team"); plurals in -s are matched too
 * @param determiners      articles and possessives that start a noun phrase
 * @param prepositions     words that end a noun phrase's head ("the engineer <b>on</b> call")
 * @param introWords       sentence adverbs and fillers skipped before a subject ("in hindsight", "rückblickend")
 * @param phraseAdverbs    adverbs that may stand between the words of a phrase ("should <b>really</b> have")
 * @param negations        words that negate a clause ("not", "nobody", "nicht")
 * @param conjunctions     words that start a new clause ("because", "weil")
 * @param complementTakers words after which "that" starts a new clause ("we think that ...")
 * @param relatives        relative pronouns that end a noun phrase's head ("the team <b>that</b> owns it")
 * @param participles      irregular past participles ("known", "seen"); regular ones end in -ed
 * @param functionWords    frequent words that tell the language of a text ("the", "und")
 * @param copulas          forms of "to be" that may stand between a phrase and its negation ("human error
 *                         <b>was</b> not the cause")
 * @param nameFollowers    modal and auxiliary verbs (and blame verbs) that follow a name at the start of a clause
 *                         ("Will <b>should</b> have")
 * @param listWords        words that join names in a list ("Ana <b>and</b> Tom forgot")
 * @param personRelatives  relative pronouns that stand for a person ("the engineer <b>who</b> ...")
 * @param complementizers  the word that starts a clause after a verb of thinking ("we think <b>that</b> ...")
 * @param prepositionalNegations negations that do not negate a clause when they follow a phrase ("... blame
 *                         <b>without</b> ...")
 */
public record Lexicon(Set<String> personPronouns, Set<String> thingPronouns, Set<String> personNouns,
                      Set<String> determiners, Set<String> prepositions, Set<String> introWords,
                      Set<String> phraseAdverbs, Set<String> negations, Set<String> conjunctions,
                      Set<String> complementTakers, Set<String> relatives, Set<String> participles,
                      Set<String> functionWords, Set<String> copulas, Set<String> nameFollowers,
                      Set<String> listWords, Set<String> personRelatives, Set<String> complementizers,
                      Set<String> prepositionalNegations) {

    public Lexicon {
        personPronouns = Set.copyOf(personPronouns);
        thingPronouns = Set.copyOf(thingPronouns);
        personNouns = Set.copyOf(personNouns);
        determiners = Set.copyOf(determiners);
        prepositions = Set.copyOf(prepositions);
        introWords = Set.copyOf(introWords);
        phraseAdverbs = Set.copyOf(phraseAdverbs);
        negations = Set.copyOf(negations);
        conjunctions = Set.copyOf(conjunctions);
        complementTakers = Set.copyOf(complementTakers);
        relatives = Set.copyOf(relatives);
        participles = Set.copyOf(participles);
        functionWords = Set.copyOf(functionWords);
        copulas = Set.copyOf(copulas);
        nameFollowers = Set.copyOf(nameFollowers);
        listWords = Set.copyOf(listWords);
        personRelatives = Set.copyOf(personRelatives);
        complementizers = Set.copyOf(complementizers);
        prepositionalNegations = Set.copyOf(prepositionalNegations);
    }

    static final Lexicon EMPTY = new Lexicon(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of());

    /** Every word of every list, for the vocabulary the check reads. */
    List<Set<String>> all() {
        return List.of(personPronouns, thingPronouns, personNouns, determiners, prepositions, introWords,
                phraseAdverbs, negations, conjunctions, complementTakers, relatives, participles, functionWords,
                copulas, nameFollowers, listWords, personRelatives, complementizers, prepositionalNegations);
    }

    boolean isPersonNoun(String word) {
        if (personNouns.contains(word)) {
            return true;
        }
        if (word.endsWith("'s")) {
            return false;
        }
        int n = word.length();
        return n > 3 && word.endsWith("s") && personNouns.contains(word.substring(0, n - 1));
    }

    boolean isNegation(String word) {
        return negations.contains(word) || word.endsWith("n't");
    }
}
