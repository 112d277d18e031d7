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
 *
 * <p>Why not index the projection: in Jira 11 the Lucene indexer API
 * ({@code com.atlassian.jira.issue.index.indexers.FieldIndexer}, {@code AbstractCustomFieldIndexer}) is replaced by
 * the Search API ({@code com.atlassian.jira.search.issue.index.indexers.FieldIndexer}: index fields declared up
 * front in the index schema, values added through a {@code FieldValueCollector}), and an indexer works only together
 * with the clause query mapper of the same searcher. Indexing the projection therefore means a whole searcher of
 * our own on that API (indexer, schema fields, text clause handler, sorting), and the Jira 11.3 signatures of those
 * classes could not be confirmed from the javadoc. We ship no guessed host API; see the README (narrative field).
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
