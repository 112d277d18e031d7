package dev.postmortem.jira.process;

import com.atlassian.jira.issue.MutableIssue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.core.decision.DecisionMetrics;
import dev.postmortem.core.process.ProcessPeriod;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The decision after the soak in the process report (issue 13): counts, who sees what, cost and the JSON. */
class ProjectProcessReportDecisionsTest {

    private static final ProcessPeriod JANUARY =
            new ProcessPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    private static final Instant JAN_5 = Instant.parse("2026-01-05T14:00:00Z");
    private static final Instant SOAK_END = JAN_5.plus(Duration.ofHours(48));

    private final ProcessViewFixture jira = ProcessViewFixture.english();
    private final ProjectProcessReport report = jira.report();

    private static Instant afterSoak(long hours) {
        return SOAK_END.plus(Duration.ofHours(hours));
    }

    /**
     * OPS-1: soak ended; ACT-1 committed 10 h after it, ACT-2 dropped 2 h after it, ACT-3 (hidden from some) dropped
     * 4 h after it, ACT-4 still proposed. OPS-2: soak running, ACT-5 proposed. SECRET-3: a postmortem the caller may
     * not see, with a dropped action.
     */
    private MutableIssue scenario() {
        jira.issue(1L, "OPS-1");
        jira.issue(2L, "OPS-2");
        MutableIssue secret = jira.issue(3L, "SECRET-3");
        MutableIssue act3 = jira.action(103L, "ACT-3", "done", "Won't Do");
        jira.link(1L, jira.action(101L, "ACT-1", "indeterminate", null), jira.action(102L, "ACT-2", "done", "Won't Do"),
                act3, jira.action(104L, "ACT-4", "new", null));
        jira.link(2L, jira.action(105L, "ACT-5", "new", null));
        jira.link(3L, jira.action(106L, "ACT-6", "done", "Won't Do"));
        jira.record(ProcessEventType.DEBRIEF_HELD, 1L, JAN_5, "alice");
        jira.record(ProcessEventType.SOAK_ENDED, 1L, SOAK_END, null);
        jira.commit(1L, 101L, afterSoak(10), "bob");
        jira.drop(1L, 102L, afterSoak(2), "bob", "Covered by ACT-1");
        jira.drop(1L, 103L, afterSoak(4), "bob", "Hidden reason");
        jira.record(ProcessEventType.DEBRIEF_HELD, 2L, JAN_5.plusSeconds(3600), "alice");
        jira.record(ProcessEventType.DEBRIEF_HELD, 3L, JAN_5, "alice");
        jira.record(ProcessEventType.SOAK_ENDED, 3L, SOAK_END, null);
        jira.drop(3L, 106L, afterSoak(1), "bob", "Secret");
        return act3;
    }

    @Test
    void eachPostmortemAndTheAggregateCountOnlyWhatTheCallerMayBrowse() {
        MutableIssue act3 = scenario();

        ProjectProcessReport.Report all = report.of(ProcessViewFixture.PROJECT_ID, JANUARY,
                issue -> !issue.getKey().startsWith("SECRET"), action -> true);
        ProjectProcessReport.Report withoutAct3 = report.of(ProcessViewFixture.PROJECT_ID, JANUARY,
                issue -> !issue.getKey().startsWith("SECRET"), action -> action != act3);

        assertThat(all.postmortems()).extracting(ProjectProcessReport.Entry::key).containsExactly("OPS-1", "OPS-2");
        // Hours to decide: 2, 4 and 10.
        assertThat(all.postmortems().get(0).decisions()).isEqualTo(new DecisionMetrics(4, 1, 2, 1, 2, 3, 4.0, 8.8));
        assertThat(all.postmortems().get(1).decisions()).isEqualTo(new DecisionMetrics(1, 0, 0, 1, 0, 0, null, null));
        assertThat(all.decisions()).isEqualTo(new DecisionMetrics(5, 1, 2, 2, 2, 3, 4.0, 8.8));
        // ACT-3 is hidden: neither its state, nor its drop, nor its time to decide counts.
        assertThat(withoutAct3.postmortems().get(0).decisions())
                .isEqualTo(new DecisionMetrics(3, 1, 1, 1, 1, 2, 6.0, 9.2));
        assertThat(withoutAct3.decisions().proposed()).isEqualTo(4);
        assertThat(withoutAct3.decisions().droppedAfterSoakShare()).contains(0.25);
    }

    @Test
    void theDecisionCountsCostNoFurtherLogQueryAndNoIssueLookupPerAction() {
        scenario();

        report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true, action -> true);

        // The debriefs and, for all postmortems at once, their events: the decision counts read those.
        verify(jira.events, times(1)).debriefsHeldBetween(anyLong(), any(), any(), anyInt());
        verify(jira.events, times(1)).forIssuesInRecordOrder(anyCollection());
        // Linked actions are in hand: never looked up (the commit of ACT-1 is decided by its link already).
        for (long action = 101L; action <= 106L; action++) {
            verify(jira.issueManager, never()).getIssueObject(action);
        }
    }

    @Test
    void eachLinkedActionIsBrowseCheckedOnceEvenWhenItIsAlsoCommitted() {
        scenario();
        List<Long> checked = new ArrayList<>();

        report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true, action -> checked.add(action.getId()));

        assertThat(checked).containsExactlyInAnyOrder(101L, 102L, 103L, 104L, 105L, 106L);
    }

    @Test
    void linkedActionsCountTowardsTheBoundOfActionsCheckedAndAPostmortemPastItIsLeftOutWhole() {
        jira.issue(1L, "OPS-1");
        jira.issue(2L, "OPS-2");
        jira.record(ProcessEventType.DEBRIEF_HELD, 1L, JAN_5, "alice");
        jira.record(ProcessEventType.DEBRIEF_HELD, 2L, JAN_5.plusSeconds(60), "alice");
        // OPS-2, debriefed last, links all but one of the actions the report may check; OPS-1's two do not fit.
        MutableIssue[] many = new MutableIssue[ProjectProcessReport.MAX_ACTIONS - 1];
        for (int i = 0; i < many.length; i++) {
            many[i] = plainAction(100_000L + i);
        }
        jira.link(2L, many);
        jira.link(1L, plainAction(1L << 40), plainAction((1L << 40) + 1));
        List<Long> checked = new ArrayList<>();

        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true,
                action -> checked.add(action.getId()));

        assertThat(answer.truncated()).isTrue();
        assertThat(answer.postmortems()).extracting(ProjectProcessReport.Entry::key).containsExactly("OPS-2");
        assertThat(answer.decisions().proposed()).isEqualTo(ProjectProcessReport.MAX_ACTIONS - 1);
        assertThat(checked).hasSize(ProjectProcessReport.MAX_ACTIONS - 1).doesNotContain(1L << 40);
    }

    /** A proposed action as a link destination: a plain mock, so thousands stay cheap. */
    private static MutableIssue plainAction(long id) {
        MutableIssue action = mock(MutableIssue.class);
        when(action.getId()).thenReturn(id);
        return action;
    }

    @Test
    void theJsonGainsADecisionsObjectPerPostmortemAndInTheAggregateLeavingTheRestAsItWas() throws Exception {
        scenario();
        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY,
                issue -> !issue.getKey().startsWith("SECRET"), action -> true);

        JsonNode body = new ObjectMapper().readTree(
                ProcessReportJson.write("OPS", JANUARY, answer).toString());

        JsonNode first = body.path("postmortems").get(0);
        assertThat(first.path("decisions").toString()).isEqualTo("{\"proposed\":4,\"committed\":1,\"dropped\":2,"
                + "\"undecided\":1,\"droppedAfterSoak\":2,\"droppedAfterSoakShare\":0.5,\"decidedAfterSoak\":3,"
                + "\"medianHoursSoakEndToDecision\":4.0,\"p90HoursSoakEndToDecision\":8.8}");
        assertThat(body.path("postmortems").get(1).path("decisions").toString()).isEqualTo("{\"proposed\":1,"
                + "\"committed\":0,\"dropped\":0,\"undecided\":1,\"droppedAfterSoak\":0,\"droppedAfterSoakShare\":0.0,"
                + "\"decidedAfterSoak\":0,\"medianHoursSoakEndToDecision\":null,\"p90HoursSoakEndToDecision\":null}");
        assertThat(body.path("aggregate").path("decisions").path("proposed").asInt()).isEqualTo(5);
        assertThat(body.path("aggregate").path("decisions").path("droppedAfterSoakShare").asDouble()).isEqualTo(0.4);
        // The fields of before, unchanged and in their order; no reason and no user appear.
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("key", "debriefHeldAt", "soakEndedAt", "firstCommitAt", "hoursToFirstCommit",
                "commits", "commitsBeforeDebrief", "overrides", "decisions");
        List<String> aggregate = new ArrayList<>();
        body.path("aggregate").fieldNames().forEachRemaining(aggregate::add);
        assertThat(aggregate).containsExactly("postmortems", "withFirstCommit", "medianHoursToFirstCommit",
                "p90HoursToFirstCommit", "withOverride", "overrideShare", "decisions");
        assertThat(body.toString()).doesNotContain("Covered", "Hidden reason", "Secret", "bob", "alice");
    }

    @Test
    void withoutAnyVisiblePostmortemTheDecisionsAreZeroWithoutShareOrTimes() throws Exception {
        ProjectProcessReport.Report answer = report.of(ProcessViewFixture.PROJECT_ID, JANUARY, issue -> true,
                action -> true);

        JsonNode decisions = new ObjectMapper().readTree(ProcessReportJson.write("OPS", JANUARY, answer).toString())
                .path("aggregate").path("decisions");

        assertThat(decisions.path("proposed").asInt()).isZero();
        assertThat(decisions.path("droppedAfterSoakShare").isNull()).isTrue();
        assertThat(decisions.path("medianHoursSoakEndToDecision").isNull()).isTrue();
        verify(jira.issueLinkManager, never()).getOutwardLinks(anyLong());
    }
}
