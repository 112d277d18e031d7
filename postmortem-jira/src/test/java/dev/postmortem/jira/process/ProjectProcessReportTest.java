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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class ProjectProcessReportTest {

    private static final ProcessPeriod JANUARY =
            new ProcessPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    private static final Instant JAN_5 = Instant.parse("2026-01-05T14:00:00Z");

    private final ProcessViewFixture jira = ProcessViewFixture.english();
    private final ProjectProcessReport report = jira.report();

    @Test
    void atMostTheMostRecentlyDebriefedPostmortemsAreAnsweredAndTheAnswerSaysThereAreMore() {
        int count = ProjectProcessReport.MAX_POSTMORTEMS + 3;
        for (long id = 1; id <= count; id++) {
            jira.issue(id, "OPS-" + id);
            jira.record(ProcessEventType.DEBRIEF_HELD, id, JAN_5.plusSeconds(id), "alice");
        }

        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true, issue -> true);

        assertThat(answer.truncated()).isTrue();
        assertThat(answer.postmortems()).hasSize(ProjectProcessReport.MAX_POSTMORTEMS);
        // The oldest three are the ones left out; the rest come earliest debrief first.
        assertThat(answer.postmortems().get(0).key()).isEqualTo("OPS-4");
        assertThat(answer.metrics().postmortems()).isEqualTo(ProjectProcessReport.MAX_POSTMORTEMS);
        verify(jira.issueManager, never()).getIssueObject(1L);
    }

    @Test
    void postmortemsTheCallerMayNotSeeTakeNoPlacesAndDoNotSayThereAreMore() {
        // The most recently debriefed MAX_POSTMORTEMS are hidden from the caller; one older one is not.
        int hidden = ProjectProcessReport.MAX_POSTMORTEMS;
        MutableIssue older = jira.issue(1L, "OPS-1");
        jira.record(ProcessEventType.DEBRIEF_HELD, 1L, JAN_5, "alice");
        for (long id = 2; id <= hidden + 1; id++) {
            jira.issue(id, "SECRET-" + id);
            jira.record(ProcessEventType.DEBRIEF_HELD, id, JAN_5.plusSeconds(id), "alice");
        }

        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY,
                issue -> issue == older, issue -> true);

        assertThat(answer.postmortems()).extracting(ProjectProcessReport.Entry::key).containsExactly("OPS-1");
        assertThat(answer.truncated()).isFalse();
        assertThat(answer.metrics().postmortems()).isEqualTo(1);
    }

    @Test
    void pastTheLimitOfVisiblePostmortemsTheAnswerSaysThereAreMoreWhateverIsHiddenInBetween() {
        int visible = ProjectProcessReport.MAX_POSTMORTEMS + 1;
        java.util.Set<Long> hiddenIds = new java.util.HashSet<>();
        for (long id = 1; id <= visible + 10; id++) {
            jira.issue(id, "OPS-" + id);
            jira.record(ProcessEventType.DEBRIEF_HELD, id, JAN_5.plusSeconds(id), "alice");
            if (id % 50 == 0) {
                hiddenIds.add(id);
            }
        }

        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY,
                issue -> !hiddenIds.contains(issue.getId()), issue -> true);

        assertThat(answer.truncated()).isTrue();
        assertThat(answer.postmortems()).hasSize(ProjectProcessReport.MAX_POSTMORTEMS)
                .extracting(ProjectProcessReport.Entry::key).doesNotContain("OPS-50", "OPS-500");
    }

    @Test
    void aFullScanOfDebriefEventsAlsoSaysThereMayBeMore() {
        MutableIssue only = jira.issue(1L, "OPS-1");
        for (int i = 0; i < ProjectProcessReport.SCAN_LIMIT; i++) {
            // One postmortem whose debrief was corrected again and again.
            jira.record(ProcessEventType.DEBRIEF_HELD, only.getId(), JAN_5.plusSeconds(i), "alice");
        }

        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true, issue -> true);

        assertThat(answer.truncated()).isTrue();
        Instant latest = JAN_5.plusSeconds(ProjectProcessReport.SCAN_LIMIT - 1);
        assertThat(answer.postmortems()).singleElement()
                .satisfies(entry -> assertThat(entry.process().debriefHeldAt()).contains(latest));
    }

    @Test
    void aPeriodWithoutDebriefsLooksUpNoIssue() {
        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true, issue -> true);

        assertThat(answer.truncated()).isFalse();
        assertThat(answer.postmortems()).isEmpty();
        assertThat(answer.metrics().postmortems()).isZero();
        verify(jira.issueManager, never()).getIssueObject(anyLong());
    }

    @Test
    void commitsAndOverridesOfActionsTheCallerMayNotBrowseCountNowhere() {
        jira.issue(1L, "OPS-1");
        jira.issue(2L, "OPS-2");
        jira.issue(101L, "ACT-1");
        MutableIssue hidden = jira.issue(102L, "ACT-2");
        jira.record(ProcessEventType.DEBRIEF_HELD, 1L, JAN_5, "alice");
        jira.commit(1L, 102L, JAN_5.plusSeconds(3600), "bob");
        jira.commit(1L, 101L, JAN_5.plusSeconds(5 * 3600), "carol");
        jira.record(ProcessEventType.DEBRIEF_HELD, 2L, JAN_5, "alice");
        jira.override(102L, 2L, "Hotfix", "admin", JAN_5);

        ProjectProcessReport.Report all = report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true,
                issue -> true);
        ProjectProcessReport.Report withoutB = report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true,
                issue -> issue != hidden);

        assertThat(all.postmortems().get(0).process().commits()).isEqualTo(2);
        assertThat(all.metrics().medianHours()).isEqualTo(1.0);
        assertThat(all.metrics().withOverride()).isEqualTo(1);
        assertThat(withoutB.postmortems()).extracting(ProjectProcessReport.Entry::key).containsExactly("OPS-1", "OPS-2");
        assertThat(withoutB.postmortems().get(0).process().commits()).isEqualTo(1);
        assertThat(withoutB.postmortems().get(0).process().firstCommit()).get()
                .extracting(commit -> commit.at()).isEqualTo(JAN_5.plusSeconds(5 * 3600));
        assertThat(withoutB.metrics().medianHours()).isEqualTo(5.0);
        assertThat(withoutB.postmortems().get(1).process().overrides()).isZero();
        assertThat(withoutB.metrics().withOverride()).isZero();
    }

    @Test
    void eachDistinctActionIsLookedUpOnceAcrossPostmortems() {
        jira.issue(1L, "OPS-1");
        jira.issue(2L, "OPS-2");
        jira.issue(101L, "ACT-1");
        jira.record(ProcessEventType.DEBRIEF_HELD, 1L, JAN_5, "alice");
        jira.record(ProcessEventType.DEBRIEF_HELD, 2L, JAN_5, "alice");
        jira.commit(1L, 101L, JAN_5.plusSeconds(60), "bob");
        jira.commit(2L, 101L, JAN_5.plusSeconds(60), "bob");
        jira.override(101L, 2L, "Hotfix", "admin", JAN_5);

        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true,
                issue -> true);

        assertThat(answer.metrics().withFirstCommit()).isEqualTo(2);
        verify(jira.issueManager, times(1)).getIssueObject(101L);
    }

    @Test
    void aPostmortemWhoseActionsWouldPassTheActionLimitIsLeftOutWithTheOlderOnesAndTheAnswerSaysSo() {
        jira.issue(1L, "OPS-1");
        jira.issue(2L, "OPS-2");
        jira.record(ProcessEventType.DEBRIEF_HELD, 1L, JAN_5, "alice");
        jira.record(ProcessEventType.DEBRIEF_HELD, 2L, JAN_5.plusSeconds(60), "alice");
        // OPS-2, debriefed last, takes all but one of the checks; OPS-1's two actions do not fit any more.
        long action = 100_000L;
        for (int i = 0; i < ProjectProcessReport.MAX_ACTIONS - 1; i++, action++) {
            jira.commit(2L, action, JAN_5.plusSeconds(120), "bob");
        }
        jira.commit(1L, action, JAN_5.plusSeconds(120), "bob");
        jira.commit(1L, action + 1, JAN_5.plusSeconds(120), "bob");

        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true,
                issue -> true);

        assertThat(answer.truncated()).isTrue();
        assertThat(answer.postmortems()).extracting(ProjectProcessReport.Entry::key).containsExactly("OPS-2");
        verify(jira.issueManager, never()).getIssueObject(action);
    }
}
