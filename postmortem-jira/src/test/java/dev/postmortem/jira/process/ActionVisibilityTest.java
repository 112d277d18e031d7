package dev.postmortem.jira.process;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ActionVisibilityTest {

    private final IssueManager issueManager = mock(IssueManager.class);
    private final List<Issue> checked = new ArrayList<>();

    private MutableIssue issue(long id) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn("ACT-" + id);
        when(issueManager.getIssueObject(id)).thenReturn(issue);
        return issue;
    }

    private Predicate<Issue> browsesAllBut(Issue hidden) {
        return issue -> {
            checked.add(issue);
            return issue != hidden;
        };
    }

    @Test
    void eachActionIsLookedUpAndCheckedOnceAndAMissingOneIsNotVisible() {
        issue(1L);
        MutableIssue hidden = issue(2L);
        ActionVisibility visibility = new ActionVisibility(issueManager, browsesAllBut(hidden), 10);

        assertThat(visibility.isVisible(1L)).isTrue();
        assertThat(visibility.isVisible(1L)).isTrue();
        assertThat(visibility.isVisible(2L)).isFalse();
        assertThat(visibility.isVisible(2L)).isFalse();
        assertThat(visibility.isVisible(3L)).isFalse();
        assertThat(visibility.issue(1L)).map(Issue::getKey).contains("ACT-1");
        assertThat(visibility.issue(2L)).isEmpty();

        assertThat(checked).hasSize(2);
        verify(issueManager, times(1)).getIssueObject(1L);
        verify(issueManager, times(1)).getIssueObject(3L);
    }

    @Test
    void pastTheLimitNothingIsLookedUpAndEverythingIsNotVisible() {
        issue(1L);
        issue(2L);
        issue(3L);
        ActionVisibility visibility = new ActionVisibility(issueManager, browsesAllBut(null), 2);

        assertThat(visibility.canDecide(List.of(1L, 2L, 2L))).isTrue();
        assertThat(visibility.canDecide(List.of(1L, 2L, 3L))).isFalse();
        assertThat(visibility.isVisible(1L)).isTrue();
        assertThat(visibility.isVisible(2L)).isTrue();
        // Decided already: free; new: past the limit.
        assertThat(visibility.canDecide(List.of(2L, 1L))).isTrue();
        assertThat(visibility.canDecide(List.of(3L))).isFalse();
        assertThat(visibility.isVisible(3L)).isFalse();
        assertThat(visibility.isVisible(1L)).isTrue();

        verify(issueManager, times(0)).getIssueObject(3L);
    }

    @Test
    void anActionInHandIsCheckedOnceNeverLookedUpAndLaterAnsweredByIdForFree() {
        MutableIssue visible = issue(1L);
        MutableIssue hidden = issue(2L);
        issue(3L);
        issue(4L);
        ActionVisibility visibility = new ActionVisibility(issueManager, browsesAllBut(hidden), 1);

        // The summary's linked actions: issues in hand, not bounded by the limit of lookups.
        assertThat(visibility.isVisible(visible)).isTrue();
        assertThat(visibility.isVisible(hidden)).isFalse();
        assertThat(visibility.isVisible(visible)).isTrue();
        assertThat(visibility.isVisible((Issue) null)).isFalse();
        // The process part asks by id: decided already, so no lookup and no check, and the limit is still free.
        assertThat(visibility.canDecide(List.of(1L, 2L, 3L))).isTrue();
        assertThat(visibility.issue(1L)).containsSame(visible);
        assertThat(visibility.isVisible(2L)).isFalse();
        assertThat(visibility.isVisible(3L)).isTrue();
        // One lookup made: the limit is reached; what was decided still answers.
        assertThat(visibility.isVisible(4L)).isFalse();
        assertThat(visibility.isVisible(1L)).isTrue();

        assertThat(checked).hasSize(3);
        verify(issueManager, times(0)).getIssueObject(1L);
        verify(issueManager, times(0)).getIssueObject(2L);
        verify(issueManager, times(1)).getIssueObject(3L);
        verify(issueManager, times(0)).getIssueObject(4L);
    }
}
