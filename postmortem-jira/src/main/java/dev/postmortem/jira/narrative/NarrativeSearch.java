package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.customfields.searchers.TextSearcher;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;

import java.util.List;

/**
 * JQL text search over the narrative ({@code "Debrief narrative" ~ "pool size"}, and the {@code text ~} clause).
 *
 * <p>The field is searched with Jira's own free-text searcher, declared for our type as the
 * {@code narrative-searcher} customfield-searcher, the documented way for a plugin type to reuse a system searcher.
 * It indexes the stored value, the core's canonical narrative JSON, not its plain-text projection
 * ({@code NarrativeText}). Every word of the projection is in it, and the tokenizer drops the JSON punctuation, but
 * two things differ from a search over the projection:
 * <ul>
 *   <li>the format's fixed field names ("summary", "accounts", "whyItMadeSense", ...) are indexed too, so a search
 *       for exactly such a word matches every narrative;</li>
 *   <li>JSON writes a line break or tab inside a text as {@code \n} / {@code \t}. With a Unicode word tokenizer
 *       such as Lucene's StandardTokenizer the escape letter sticks to the next word ("rolled out.\nOrders were"
 *       gives the token "nOrders"), so the first word of a new line is not found by itself.</li>
 * </ul>
 * As for every field in Jira 11, nothing of the narrative is indexed while the field is hidden in the issue's field
 * configuration, so JQL does not find it there.
 *
 * <p>Why not index the projection: Jira 11 replaced the Lucene indexer API
 * ({@code com.atlassian.jira.issue.index.indexers.FieldIndexer}, {@code AbstractCustomFieldIndexer}) by the Search API
 * ({@code com.atlassian.jira.search.issue.index.indexers.FieldIndexer} and its {@code CustomFieldIndexer}: index
 * fields declared up front in the index schema by {@code Collection<com.atlassian.jira.search.Field> getFields()},
 * values added in {@code indexFields(FieldValueCollector, Issue, CustomFieldPrefetchedData)}), and an indexer works
 * only together with the clause query mapper that knows its index fields. Those members are documented by Atlassian;
 * what a plugin would need beyond them is not, for Jira 11.3:
 * <ul>
 *   <li>the return type of {@code CustomFieldType.getRelatedIndexers(CustomField)} (the newest javadoc found is 10.2,
 *       before the Search API), and whether indexers from the field type still replace those of the searcher;</li>
 *   <li>the index fields the system {@code TextSearcher} declares and queries (names and definitions; it also keeps
 *       extra fields for sorting), which an indexer of ours would have to repeat exactly to keep that searcher;</li>
 *   <li>the {@code com.atlassian.jira.search.jql.ClauseQueryMapper} and clause handler signatures a searcher of our
 *       own would need.</li>
 * </ul>
 * An entity index extractor (Jira 10.4+) can add an analysed text field to the issue document, but no clause of this
 * custom field queries it. We ship no guessed host API; see the README (narrative field). Sources: Atlassian's
 * "Migrating FieldIndexers in Jira 11" and "Preparing for Jira 11.0" (confluence.atlassian.com/adminjiraserver),
 * "Entity index extractor" (developer.atlassian.com/server/jira/platform), and the Jira 10.7 javadoc of
 * {@code FieldIndexer} and {@code NaturallyOrderedCustomFieldSearcher}.
 *
 * <p><b>Two searches over two texts.</b> {@code "Debrief narrative" ~ "pool size"} (and {@code text ~}) matches, with
 * Jira's analyser and its word and phrase rules, the words of the <em>stored JSON</em> as described above, field
 * names and escape letters included. {@code issue in narrativeMatches("pool size")} ({@link NarrativeMatchesFunction})
 * matches the <em>plain-text projection</em> instead, the text {@code NarrativeText} makes (the change history shows
 * the same): every term as a substring, case-insensitive, diacritics as written, quoted text as a phrase
 * ({@link NarrativeSearchTerms}, {@code NarrativeTextIndex}). It needs no index API of Jira 11: the plugin keeps that
 * text in its own Active Objects table, written from Jira's issue events once Jira has stored the change, not inside
 * the field save ({@link NarrativeSearchListener}, {@link NarrativeSearchText}), and a JQL function, a module type Jira
 * has had since 4.0, hands Jira the matching issue ids. Jira still applies the searcher's browse permission to the
 * whole query. A narrative changed without an issue event (some imports), or saved before that table existed, is
 * found after the issue's next event (no backfill).
 *
 * <p>The plugin container builds the host's searcher class by constructor autowiring, so the services its
 * constructor takes are imported in host-services.xml. {@link #HOST_CLASSES} names them, so that the bundle
 * imports their packages (bnd computes imports from the bytecode; the descriptor alone is not enough).
 */
public final class NarrativeSearch {

    static final List<Class<?>> HOST_CLASSES = List.of(TextSearcher.class, FieldVisibilityManager.class,
            JqlOperandResolver.class, CustomFieldInputHelper.class);

    private NarrativeSearch() {
    }
}
