package dev.postmortem.jira.incident;

import com.atlassian.jira.issue.comments.Comment;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.postmortem.jira.incident.IncidentFixture.CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

class IncidentTimelineTest {

    private final IncidentFixture fx = new IncidentFixture();

    @Test
    void seedsStatusAssigneeAndPriorityChangesAndCommentsInTimeOrder() {
        fx.change(301, CREATED.plusSeconds(600), fx.assignee, "status", "Open", "In Progress");
        fx.change(302, CREATED.plusSeconds(60), fx.reporter, "assignee", null, "Ada Assignee");
        fx.change(303, CREATED.plusSeconds(120), fx.assignee, "priority", "Medium", "Highest");
        fx.change(304, CREATED.plusSeconds(130), fx.assignee, "description", "a", "b");
        fx.comment(10020, CREATED.plusSeconds(300), fx.assignee, "Rolled back the deploy.\nDetails follow.", null, null);

        SeededTimeline seeded = fx.timeline().seed(fx.incident, fx.writer);

        assertThat(seeded.truncated()).isFalse();
        assertThat(seeded.rows()).extracting(SeedRow::text).containsExactly(
                "Assignee: none → Ada Assignee",
                "Priority: Medium → Highest",
                "Comment: Rolled back the deploy.",
                "Status: Open → In Progress");
        assertThat(seeded.rows()).extracting(SeedRow::ref).containsExactly(
                "history:302:assignee", "history:303:priority", "comment:10020", "history:301:status");
        SeedRow comment = seeded.rows().get(2);
        assertThat(comment.actorKey()).isEqualTo("JIRAUSER2");
        assertThat(comment.actorName()).isEqualTo("Ada Assignee");
        assertThat(comment.commentPath()).startsWith("/browse/INC-1?focusedCommentId=10020&")
                .endsWith("#comment-10020");
        assertThat(comment.time()).isEqualTo(CREATED.plusSeconds(300));
    }

    @Test
    void commentsAreOnlyThoseJiraLetsTheCallerSee() {
        fx.comment(10020, CREATED, fx.assignee, "Visible to the writer", null, null);

        fx.timeline().seed(fx.incident, fx.writer);

        // Jira's visibility check for this caller is the only source of comments: hidden ones never reach the seed.
        verify(fx.commentManager).getCommentsForUser(fx.incident, fx.writer);
        verifyNoMoreInteractions(fx.commentManager);
    }

    @Test
    void restrictedCommentsAreNeverCopiedEvenWhenTheCallerSeesThem() {
        fx.comment(1, CREATED, fx.assignee, "Group only: the customer is ACME", "incident-managers", null);
        fx.comment(2, CREATED, fx.assignee, "Role only: salary data leaked", null, 10002L);
        fx.comment(3, CREATED, fx.reporter, "Open to all", null, null);

        List<SeedRow> rows = fx.timeline().seed(fx.incident, fx.writer).rows();

        assertThat(rows).extracting(SeedRow::text).containsExactly("Comment: Open to all");
        assertThat(fx.timeline().quotableComments(fx.incident, fx.writer)).extracting(Comment::getId)
                .containsExactly(3L);
    }

    @Test
    void aLongIncidentIsCappedAndSaysSo() {
        for (int i = 0; i < IncidentTimeline.MAX_CHANGE_GROUPS + 50; i++) {
            fx.change(1000 + i, CREATED.plusSeconds(i), fx.assignee, "status", "A", "B");
        }

        SeededTimeline seeded = fx.timeline().seed(fx.incident, fx.writer);

        assertThat(seeded.rows()).hasSize(IncidentTimeline.MAX_ROWS);
        assertThat(seeded.truncated()).isTrue();
        // The earliest rows are kept: how the incident began matters most.
        assertThat(seeded.rows().get(0).ref()).isEqualTo("history:1000:status");
    }

    @Test
    void moreChangeGroupsThanAreReadAreTruncatedEvenWhenFewRowsResult() {
        for (int i = 0; i < IncidentTimeline.MAX_CHANGE_GROUPS; i++) {
            fx.change(1000 + i, CREATED.plusSeconds(i), fx.assignee, "description", "a", "b");
        }
        fx.change(9999, CREATED.plusSeconds(99_999), fx.assignee, "status", "A", "B");

        SeededTimeline seeded = fx.timeline().seed(fx.incident, fx.writer);

        assertThat(seeded.rows()).isEmpty();
        assertThat(seeded.truncated()).isTrue();
    }

    @Test
    void aCommentIsShortenedToItsFirstLine() {
        assertThat(IncidentTimeline.firstLine("\n\n  first words  \nsecond")).isEqualTo("first words");
        assertThat(IncidentTimeline.firstLine("x".repeat(500))).hasSize(IncidentTimeline.MAX_COMMENT_LINE)
                .endsWith("…");
        assertThat(IncidentTimeline.firstLine(null)).isEmpty();
    }

    @Test
    void unknownActorsAreFormerUsers() {
        fx.change(1, Instant.parse("2026-11-24T09:01:00Z"), null, "status", "Open", "Done");

        SeedRow row = fx.timeline().seed(fx.incident, fx.writer).rows().get(0);

        assertThat(row.actorKey()).isEmpty();
        assertThat(row.actorName()).isEqualTo("a former user");
        assertThat(fx.timeline().statusChangers(fx.incident)).isEmpty();
    }
}
