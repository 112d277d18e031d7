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
 * It indexes the stored value, which is the core's canonical narrative JSON: every word of the narrative's
 * plain-text projection ({@code NarrativeText}) is in it, and Lucene's tokenizer drops the JSON punctuation. What
 * it adds are the format's fixed field names ("summary", "accounts", ...): a search for exactly such a word also
 * matches every narrative. Indexing only the projection would need our own searcher implementation on Jira's
 * internal indexer API, which we keep out of the plugin on purpose.
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
