package dev.postmortem.jira.process;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.DecisionSettingsStore;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The decision after the soak in the Process part of the postmortem panel (issue 13). */
class ProcessPanelDecisionsTest {

    private static final Instant DEBRIEF = Instant.parse("2026-11-20T14:00:00Z");
    private static final Instant SOAK_END = DEBRIEF.plus(Duration.ofHours(48));
    private static final Instant NOW = SOAK_END.plus(Duration.ofDays(3));
    private static final Predicate<Issue> SEES_EVERYTHING = issue -> true;

    private ProcessViewFixture jira;
    private MutableIssue postmortem;
    private MutableIssue committed;
    private MutableIssue dropped;
    private MutableIssue wontDo;
    private MutableIssue proposed;
    private MutableIssue hidden;

    @BeforeEach
    void setUp() {
        jira = ProcessViewFixture.english();
        postmortem = jira.issue(42L, "INC-42");
        committed = jira.action(101L, "ACT-1", "indeterminate", null);
        dropped = jira.action(102L, "ACT-2", "done", "Won't Do");
        wontDo = jira.action(103L, "ACT-3", "done", "Won't Do");
        proposed = jira.action(104L, "ACT-4", "new", null);
        hidden = jira.action(105L, "ACT-5", "done", "Won't Do");
        jira.link(42L, committed, dropped, wontDo, proposed, hidden);
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "alice");
    }

    private static Instant afterSoak(long hours) {
        return SOAK_END.plus(Duration.ofHours(hours));
    }

    private String rows(ProcessViewFixture fixture, Predicate<Issue> mayBrowse) {
        return String.join("\n", fixture.panel(NOW).of(postmortem, SOAK_END, mayBrowse).getRows().stream()
                .map(ProcessPanelRow::toString).toList());
    }

    @Test
    void countsWhatBecameOfTheActionsTheDropsAfterTheSoakAndTheTimeToDecide() {
        jira.record(ProcessEventType.SOAK_ENDED, 42L, SOAK_END, null);
        jira.commit(42L, 101L, afterSoak(26), "bob");
        jira.drop(42L, 102L, afterSoak(2), "bob", "Covered by ACT-1");
        // ACT-3 was closed as Won't Do in Jira without the decide view: not doing, no recorded drop.

        String rows = rows(jira, SEES_EVERYTHING);

        assertThat(rows).endsWith("Soak overrides: 0\n"
                + "Proposed actions: 5 (1 committed or done, 3 dropped, 1 undecided)\n"
                + "Dropped after the soak: 1 of 5 (20%)\n"
                + "Soak end to decision: median 14 h, 90th percentile 23 h 36 min (2 decisions)");
    }

    @Test
    void actionsTheViewerMayNotBrowseCountNowhereNotEvenTheirDrops() {
        jira.record(ProcessEventType.SOAK_ENDED, 42L, SOAK_END, null);
        jira.commit(42L, 101L, afterSoak(26), "bob");
        jira.drop(42L, 105L, afterSoak(1), "bob", "Secret reason");

        String all = rows(jira, SEES_EVERYTHING);
        String withoutHidden = rows(jira, issue -> issue != hidden);

        assertThat(all).contains("Proposed actions: 5 (1 committed or done, 3 dropped, 1 undecided)",
                "Dropped after the soak: 1 of 5 (20%)", "(2 decisions)");
        assertThat(withoutHidden).contains("Proposed actions: 4 (1 committed or done, 2 dropped, 1 undecided)",
                "Dropped after the soak: None of 4", "Soak end to decision: 1 d 2 h (one decision)")
                .doesNotContain("Secret", "ACT-5");
    }

    @Test
    void afterTheSoakWithNothingDecidedItSaysNoDecisionsYet() {
        jira.link(42L, proposed);
        jira.record(ProcessEventType.SOAK_ENDED, 42L, SOAK_END, null);

        assertThat(rows(jira, SEES_EVERYTHING)).endsWith("Proposed actions: 1 (1 undecided)\n"
                + "Dropped after the soak: None of 1\n"
                + "Soak end to decision: No decisions yet");
    }

    @Test
    void whileTheSoakRunsOnlyTheCountsAreShownAndWithoutActionsNothingAtAll() {
        String soaking = rows(jira, SEES_EVERYTHING);
        jira.link(42L);
        String noActions = rows(jira, SEES_EVERYTHING);

        assertThat(soaking).endsWith("Soak overrides: 0\nProposed actions: 5 (1 committed or done, 3 dropped, 1 undecided)");
        assertThat(noActions).endsWith("Soak overrides: 0").doesNotContain("Proposed actions");
    }

    @Test
    void theProjectsNotDoingResolutionCountsAsDropped() {
        MutableIssue resolved = jira.action(106L, "ACT-6", "done", "Obsolete by design");
        when(resolved.getResolution().getId()).thenReturn("10400");
        jira.link(42L, resolved);

        String before = rows(jira, SEES_EVERYTHING);
        jira.decisionSettings.save(ProcessViewFixture.PROJECT_ID, new DecisionSettings(5, Optional.of("10400")));
        String after = rows(jira, SEES_EVERYTHING);

        assertThat(before).contains("Proposed actions: 1 (1 committed or done)");
        assertThat(after).contains("Proposed actions: 1 (1 dropped)");
    }

    @Test
    void whenTheDecisionSettingsCannotBeReadResolutionNamesDecideAndThePanelStillShows() {
        DecisionSettingsStore broken = mock(DecisionSettingsStore.class);
        when(broken.forProject(anyLong())).thenThrow(new IllegalStateException("database down"));
        ProcessPanel panel = new ProcessPanel(jira.processes, jira.issueManager, jira.texts,
                Clock.fixed(NOW, ZoneOffset.UTC), jira.decidableActions, broken);

        ProcessPanelView view = panel.of(postmortem, SOAK_END, SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString)
                .contains("Proposed actions: 5 (1 committed or done, 3 dropped, 1 undecided)");
    }

    @Test
    void inGermanWithJirasFormats() {
        ProcessViewFixture german = new ProcessViewFixture(Locale.GERMAN);
        german.issue(42L, "INC-42");
        german.link(42L, german.action(101L, "ACT-1", "indeterminate", null),
                german.action(102L, "ACT-2", "done", "Won't Do"), german.action(104L, "ACT-4", "new", null),
                german.action(107L, "ACT-7", "new", null));
        german.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "alice");
        german.record(ProcessEventType.SOAK_ENDED, 42L, SOAK_END, null);
        german.commit(42L, 101L, afterSoak(26), "bob");
        german.drop(42L, 102L, afterSoak(2), "bob", "Durch ACT-1 abgedeckt");

        assertThat(rows(german, SEES_EVERYTHING)).endsWith(
                "Vorgeschlagene Maßnahmen: 4 (1 zugesagt oder erledigt, 1 verworfen, 2 unentschieden)\n"
                + "Nach der Karenzzeit verworfen: 1 von 4 (25\u00a0%)\n"
                + "Karenzzeit-Ende bis Entscheidung: Median 14 Std., 90. Perzentil 23 Std. 36 Min. (2 Entscheidungen)");
    }

    @Test
    void theDecisionRowsReadNoFurtherLogQuery() {
        jira.record(ProcessEventType.SOAK_ENDED, 42L, SOAK_END, null);
        jira.drop(42L, 102L, afterSoak(2), "bob", "Covered by ACT-1");

        rows(jira, SEES_EVERYTHING);

        verify(jira.events, times(1)).forIssuesInRecordOrder(anyCollection());
    }
}
