package dev.postmortem.jira.process;

import com.atlassian.jira.issue.MutableIssue;
import dev.postmortem.core.process.ProcessPeriod;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class ProjectProcessReportTest {

    private static final ProcessPeriod JANUARY =
            new ProcessPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    private static final Instant JAN_5 = Instant.parse("2026-01-05T14:00:00Z");

    private final ProcessViewFixture jira = ProcessViewFixture.english();
    private final ProjectProcessReport report =
            new ProjectProcessReport(jira.events, jira.processes, jira.issueManager);

    @Test
    void atMostTheMostRecentlyDebriefedPostmortemsAreAnsweredAndTheAnswerSaysThereAreMore() {
        int count = ProjectProcessReport.MAX_POSTMORTEMS + 3;
        for (long id = 1; id <= count; id++) {
            jira.issue(id, "OPS-" + id);
            jira.record(ProcessEventType.DEBRIEF_HELD, id, JAN_5.plusSeconds(id), "alice");
        }

        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true);

        assertThat(answer.truncated()).isTrue();
        assertThat(answer.postmortems()).hasSize(ProjectProcessReport.MAX_POSTMORTEMS);
        // The oldest three are the ones left out; the rest come earliest debrief first.
        assertThat(answer.postmortems().get(0).key()).isEqualTo("OPS-4");
        assertThat(answer.metrics().postmortems()).isEqualTo(ProjectProcessReport.MAX_POSTMORTEMS);
        verify(jira.issueManager, never()).getIssueObject(1L);
    }

    @Test
    void aFullScanOfDebriefEventsAlsoSaysThereMayBeMore() {
        MutableIssue only = jira.issue(1L, "OPS-1");
        for (int i = 0; i < ProjectProcessReport.SCAN_LIMIT; i++) {
            // One postmortem whose debrief was corrected again and again.
            jira.record(ProcessEventType.DEBRIEF_HELD, only.getId(), JAN_5.plusSeconds(i), "alice");
        }

        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true);

        assertThat(answer.truncated()).isTrue();
        Instant latest = JAN_5.plusSeconds(ProjectProcessReport.SCAN_LIMIT - 1);
        assertThat(answer.postmortems()).singleElement()
                .satisfies(entry -> assertThat(entry.process().debriefHeldAt()).contains(latest));
    }

    @Test
    void aPeriodWithoutDebriefsLooksUpNoIssue() {
        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true);

        assertThat(answer.truncated()).isFalse();
        assertThat(answer.postmortems()).isEmpty();
        assertThat(answer.metrics().postmortems()).isZero();
        verify(jira.issueManager, never()).getIssueObject(anyLong());
    }
}
