package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.customfields.searchers.TextSearcher;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;

import java.util.List;

/**
 * JQL text search over the narrative ({@code "Debrief narrative" ~ "pool size"}, and the {@code text ~} clause).
 *
 * <p>The field reuses Jira's free-text searcher, declared for our type as the {@code narrative-searcher}
 * customfield-searcher. It indexes the stored narrative JSON, not its plain text, so the JSON field names match every
 * narrative and the first word after a line break is not found by itself. Plain-text search is
 * {@link NarrativeMatchesFunction}. Why no indexer of our own (Jira 11's Search API is not documented far enough), with
 * sources: docs/adr/0009-narrative-matches-next-to-jira-text-search.md.
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
