package dev.postmortem.jira.summary;

import dev.postmortem.core.summary.SummaryAction;
import dev.postmortem.jira.host.TestFeatures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

class VisibleActionsTest {

    private final PostmortemScenario jira = new PostmortemScenario();

    @Test
    void aNotDoingActionsReasonIsItsLatestVisibleComment() {
        VisibleActions actions = new VisibleActions(jira.permissionManager, jira.decidableActions,
                jira.decisionSettings, jira.commentService, TestFeatures.allOn());

        List<SummaryAction> shown = actions.of(jira.inc42(), jira.caller);

        assertThat(shown).extracting(SummaryAction::notDoingReason).containsExactly(null, null,
                "Staging shares a cluster with other teams; the linter check covers the risk.", null);
    }

    @Test
    void withoutJirasCommentServiceNoReasonIsShownAndTheServiceIsNeverCalled() {
        VisibleActions actions = new VisibleActions(jira.permissionManager, jira.decidableActions,
                jira.decisionSettings, jira.commentService,
                TestFeatures.without("com.atlassian.jira.bc.issue.comment.CommentService"));

        List<SummaryAction> shown = actions.of(jira.inc42(), jira.caller);

        assertThat(shown).hasSize(4).extracting(SummaryAction::notDoingReason).containsOnlyNulls();
        verifyNoInteractions(jira.commentService);
    }
}
