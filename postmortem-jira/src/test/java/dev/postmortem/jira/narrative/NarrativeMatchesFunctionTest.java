package dev.postmortem.jira.narrative;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.jira.storage.InMemoryNarrativeTextIndex;
import dev.postmortem.jira.storage.NarrativeTextIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedConstruction;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The function at Jira's edge: Jira's MessageSetImpl is replaced by Mockito, the store by its in-memory twin. */
class NarrativeMatchesFunctionTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private InMemoryNarrativeTextIndex index;
    private NarrativeMatchesFunction function;

    @BeforeEach
    void setUp() {
        index = new InMemoryNarrativeTextIndex();
        function = new NarrativeMatchesFunction(index, new UserMessages(JiraTexts.english()));
    }

    private static FunctionOperand call(String... args) {
        return new FunctionOperand(NarrativeMatchesFunction.NAME, List.of(args));
    }

    /** The messages validate adds, in order (each MessageSetImpl it creates is a Mockito mock). */
    private static List<String> errors(NarrativeMatchesFunction function, FunctionOperand operand) {
        try (MockedConstruction<MessageSetImpl> sets = mockConstruction(MessageSetImpl.class)) {
            MessageSet result = function.validate(mock(ApplicationUser.class), operand, mock(TerminalClause.class));

            assertThat(sets.constructed()).containsExactly((MessageSetImpl) result);
            ArgumentCaptor<String> messages = ArgumentCaptor.forClass(String.class);
            verify(result, atLeast(0)).addErrorMessage(messages.capture());
            return messages.getAllValues();
        }
    }

    @Test
    void describesItselfAsAnIssueListFunctionNamedAsInTheDescriptor() {
        assertThat(function.getFunctionName()).isEqualTo("narrativeMatches");
        assertThat(function.isList()).isTrue();
        assertThat(function.getDataType()).isSameAs(JiraDataTypes.ISSUE);
        assertThat(function.getMinimumNumberOfExpectedArguments()).isEqualTo(1);
    }

    @Test
    void validWordsPassValidationWithoutReadingTheStore() {
        assertThat(errors(function, call("failover dns"))).isEmpty();
        assertThat(errors(function, call("failover", "\"pool size\""))).isEmpty();
        assertThat(index.searches()).isZero();
    }

    @Test
    void eachInvalidCallGetsItsTranslatedMessage() {
        assertThat(errors(function, call())).containsExactly(
                "Give narrativeMatches the words to search the debrief narrative for, e.g. narrativeMatches(\"failover dns\").");
        assertThat(errors(function, call("  ", ""))).containsExactly(
                "narrativeMatches was given no words to search for. Give it at least one word, e.g. narrativeMatches(\"failover\").");
        assertThat(errors(function, call("x".repeat(250)))).containsExactly(
                "The words given to narrativeMatches are 250 characters long; at most 200 are allowed.");
        assertThat(errors(function, call("a b c d e f g h i j k l"))).containsExactly(
                "narrativeMatches was given 12 different words or phrases; at most 10 are allowed."
                        + " Leave out the least telling ones.");
    }

    @Test
    void messagesAreInTheUsersLanguage() {
        NarrativeMatchesFunction german = new NarrativeMatchesFunction(index,
                new UserMessages(JiraTexts.in(Locale.GERMAN)));

        assertThat(errors(german, call())).containsExactly("Geben Sie in narrativeMatches die Wörter an, nach denen im"
                + " Nachbesprechungsbericht gesucht werden soll, z. B. narrativeMatches(\"failover dns\").");
        assertThat(errors(german, call("a b c d e f g h i j k l"))).singleElement().asString()
                .startsWith("narrativeMatches hat 12 verschiedene Wörter");
    }

    @Test
    void theMatchingIdsBecomeLiteralsOfTheFunctionOperand() {
        index.put(30001L, "The failover of the DNS resolver", T0);
        index.put(30002L, "dns failover, again", T0.plusSeconds(60));
        index.put(30003L, "failover only", T0.plusSeconds(120));
        FunctionOperand operand = call("Failover DNS");

        List<QueryLiteral> values = function.getValues(mock(QueryCreationContext.class), operand,
                mock(TerminalClause.class));

        assertThat(values).containsExactly(new QueryLiteral(operand, 30002L), new QueryLiteral(operand, 30001L));
        assertThat(values).allSatisfy(literal -> assertThat(literal.getSourceOperand()).isSameAs(operand));
    }

    @Test
    void theStoreIsAskedForAtMostTheCapAndEverythingItGivesIsReturned() {
        // One more match than the cap: the most recently written ones are returned, newest first.
        for (long id = 1; id <= NarrativeTextIndex.MAX_IDS + 1; id++) {
            index.put(id, "the postmortem " + id, T0.plusSeconds(id));
        }
        List<Long> capped =
                LongStream.iterate(NarrativeTextIndex.MAX_IDS + 1, id -> id >= 2, id -> id - 1).boxed().toList();

        List<QueryLiteral> values = function.getValues(mock(QueryCreationContext.class), call("the"),
                mock(TerminalClause.class));

        assertThat(values).hasSize(NarrativeMatchesFunction.MAX_RESULTS).extracting(QueryLiteral::getLongValue)
                .isEqualTo(capped);
    }

    @Test
    void invalidArgumentsFindNothingWithoutAskingTheStore() {
        assertThat(function.getValues(mock(QueryCreationContext.class), call(" "), mock(TerminalClause.class)))
                .isEmpty();
        assertThat(index.searches()).isZero();
    }

    @Test
    void aStoreThatCannotBeReadFindsNothingInsteadOfFailingTheSearch() {
        // A mock: the test injects a store that cannot be read.
        NarrativeTextIndex index = mock(NarrativeTextIndex.class);
        NarrativeMatchesFunction function = new NarrativeMatchesFunction(index, new UserMessages(JiraTexts.english()));
        when(index.matching(anyList(), anyInt())).thenThrow(new IllegalStateException("database down"));

        for (int i = 0; i < 2; i++) {
            assertThat(function.getValues(mock(QueryCreationContext.class), call("dns"), mock(TerminalClause.class)))
                    .isEmpty();
        }
    }
}
