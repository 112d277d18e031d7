package dev.postmortem.jira.narrative;

/**
 * One blame-language hint of the narrative view.
 *
 * @param where    the field in words, e.g. "Personal accounts 2 › What they did"
 * @param phrase   the phrase as written
 * @param message  why it reads as blame or hindsight
 * @param question a question that helps to rewrite it
 */
public record NarrativeFindingView(String where, String phrase, String message, String question) {
}
