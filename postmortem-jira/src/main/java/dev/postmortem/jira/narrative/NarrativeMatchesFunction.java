package dev.postmortem.jira.narrative;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import dev.postmortem.jira.host.OncePerNode;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.jira.storage.NarrativeTextIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The JQL function {@code narrativeMatches}: {@code issue in narrativeMatches("failover dns")} finds the postmortems
 * whose narrative, read as plain text, contains every term. What a term is: {@link NarrativeSearchTerms}; how it
 * matches: {@link NarrativeTextIndex}. The text is kept in the plugin's own table from Jira's issue events
 * ({@link NarrativeSearchListener}), not in Jira's index, so unlike {@code ~} it never matches the JSON field names.
 *
 * <p>It returns issue ids only, at most {@link #MAX_RESULTS}, the most recently written narratives; Jira runs the whole
 * query for the searcher and applies browse permission, so the function narrows a search and cannot widen it. With
 * {@code not in}, the cap and an unreadable store exclude too little. No state on the node besides the once-per-node
 * failure-log flag. Messages are in the logged-in user's language (SAL's I18nResolver). Decision and limits:
 * docs/adr/0009-narrative-matches-next-to-jira-text-search.md and docs/user-guide.md ("Searching narratives").
 */
public class NarrativeMatchesFunction implements JqlFunction {

    /** The name used in JQL; the same as {@code <fname>} in atlassian-plugin.xml. */
    public static final String NAME = "narrativeMatches";
    /** The most issue ids one call returns (the store's cap). */
    static final int MAX_RESULTS = NarrativeTextIndex.MAX_IDS;

    private static final Logger LOG = LoggerFactory.getLogger(NarrativeMatchesFunction.class);

    private final NarrativeTextIndex index;
    private final UserMessages messages;
    private final OncePerNode stackTraces = new OncePerNode();

    public NarrativeMatchesFunction(NarrativeTextIndex index, UserMessages messages) {
        this.index = index;
        this.messages = messages;
    }

    /** Nothing to take from the descriptor: the name and the list flag are fixed. */
    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet result = new MessageSetImpl();
        NarrativeSearchTerms terms = NarrativeSearchTerms.of(operand.getArgs());
        if (!terms.isValid()) {
            List<Object> args = new ArrayList<>();
            args.add(NAME);
            args.addAll(terms.problem().args());
            result.addErrorMessage(messages.text(terms.problem().key(), args));
        }
        return result;
    }

    /**
     * The ids of the matching issues, most recently written first, at most {@link #MAX_RESULTS}. Invalid arguments
     * (Jira validates first, so only a caller that skips validation sees this) and a store that cannot be read give
     * no ids: the query then finds nothing rather than failing; the store failure is logged (with its stack trace
     * once per node).
     */
    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
            TerminalClause terminalClause) {
        NarrativeSearchTerms terms = NarrativeSearchTerms.of(operand.getArgs());
        if (!terms.isValid()) {
            return List.of();
        }
        List<Long> ids;
        try {
            ids = index.matching(terms.terms(), MAX_RESULTS);
        } catch (RuntimeException e) {
            logFailure(e);
            return List.of();
        }
        return ids.stream().map(id -> new QueryLiteral(operand, id)).toList();
    }

    private void logFailure(RuntimeException e) {
        if (stackTraces.first("storeUnreadable")) {
            LOG.warn("{}() cannot read the narrative search table and finds nothing (stack trace logged once per"
                    + " node)", NAME, e);
        } else {
            LOG.warn("{}() cannot read the narrative search table and finds nothing: {}", NAME, e.toString());
        }
    }

    /** At least the text to search for; more arguments are more words. */
    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public String getFunctionName() {
        return NAME;
    }

    /** A list of issue ids, for {@code issue in} / {@code issue not in}. */
    @Override
    public boolean isList() {
        return true;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
