package dev.postmortem.jira.process;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

class ProcessPanelTest {

    /** 20/Nov/26 3:00 PM in Berlin. */
    private static final Instant DEBRIEF = Instant.parse("2026-11-20T14:00:00Z");
    private static final Instant NOW = DEBRIEF.plus(Duration.ofDays(3));
    private static final Predicate<Issue> SEES_EVERYTHING = issue -> true;

    private ProcessViewFixture jira;
    private MutableIssue postmortem;
    private MutableIssue action;

    @BeforeEach
    void setUp() {
        jira = ProcessViewFixture.english();
        postmortem = jira.issue(42L, "INC-42");
        action = jira.issue(101L, "ACT-1");
        jira.user("JIRAUSER10100", "Jürgen Weiß");
        jira.user("JIRAUSER10200", "Ada Admin");
    }

    private ProcessPanel panel(ProcessViewFixture fixture) {
        return fixture.panel(NOW);
    }

    private static Instant hours(long hours) {
        return DEBRIEF.plus(Duration.ofHours(hours));
    }

    @Test
    void showsTheDebriefTheSoakEndTheFirstCommitAndTheCountsInTheViewersFormat() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.record(ProcessEventType.SOAK_ENDED, 42L, hours(48), null);
        jira.commit(42L, 101L, hours(50).plusSeconds(30 * 60), "JIRAUSER10100");
        jira.commit(42L, 101L, hours(60), "JIRAUSER10200");

        ProcessPanelView view = panel(jira).of(postmortem, hours(48), SEES_EVERYTHING);

        assertThat(view.getHeading()).isEqualTo("Process");
        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).containsExactly(
                "Debrief held: 20/Nov/26 3:00 PM",
                "Soak time: Ended 22/Nov/26 3:00 PM",
                "First action committed: 22/Nov/26 5:30 PM by Jürgen Weiß, 2 d 2 h 30 min after the debrief",
                "Commits: 2",
                "Soak overrides: 0");
    }

    @Test
    void whileNoSoakEndIsRecordedItIsTheSummarysEnd() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");

        ProcessPanelView soaking = panel(jira).of(postmortem, NOW.plusSeconds(3600), SEES_EVERYTHING);
        ProcessPanelView ended = panel(jira).of(postmortem, hours(48), SEES_EVERYTHING);

        assertThat(soaking.getRows()).extracting(ProcessPanelRow::toString)
                .contains("Soak time: Soaking until 23/Nov/26 4:00 PM", "First action committed: None since the debrief");
        assertThat(ended.getRows()).extracting(ProcessPanelRow::toString).contains("Soak time: Ended 22/Nov/26 3:00 PM");
    }

    @Test
    void withoutADebriefItSaysSoAndCountsCommitsAsBeforeTheDebrief() {
        jira.commit(42L, 101L, hours(1), "JIRAUSER10200");
        jira.override(101L, 42L, "Customer outage: the fix must ship today", "JIRAUSER10200", hours(0));

        ProcessPanelView view = panel(jira).of(postmortem, null, SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).containsExactly(
                "Debrief held: Not recorded yet",
                "Commits: 1, of which 1 before the current debrief",
                "Soak overrides: 1",
                "Latest override: 20/Nov/26 3:00 PM by Ada Admin on ACT-1: Customer outage: the fix must ship today");
    }

    @Test
    void aUserJiraNoLongerKnowsIsAFormerUserNeverTheirKey() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.commit(42L, 101L, hours(49), "JIRAUSER99999");
        jira.override(101L, 42L, "Hotfix", "JIRAUSER88888", hours(1));

        ProcessPanelView view = panel(jira).of(postmortem, hours(48), SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).contains(
                "First action committed: 22/Nov/26 4:00 PM by a former user, 2 d 1 h after the debrief",
                "Latest override: 20/Nov/26 4:00 PM by a former user on ACT-1: Hotfix");
        assertThat(view.getRows().toString()).doesNotContain("JIRAUSER");
    }

    @Test
    void aCommitWithoutARecordedUserNamesNobody() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.commit(42L, 101L, hours(49), null);

        ProcessPanelView view = panel(jira).of(postmortem, hours(48), SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).contains(
                "First action committed: 22/Nov/26 4:00 PM, 2 d 1 h after the debrief");
    }

    @Test
    void theNewestOverrideShownIsTheNewestOnAnActionTheViewerMayBrowseLikeTheSoakPanel() {
        jira.issue(102L, "ACT-2");
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.override(102L, 42L, "Older reason on a visible action", "JIRAUSER10200", hours(1));
        jira.override(101L, 42L, "Secret reason on a hidden action", "JIRAUSER10200", hours(2));
        Predicate<Issue> hidesTheAction = issue -> issue != action;

        ProcessPanelView view = panel(jira).of(postmortem, hours(48), hidesTheAction);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).contains(
                "Soak overrides: 1",
                "Latest override: 20/Nov/26 4:00 PM by Ada Admin on ACT-2: Older reason on a visible action");
        assertThat(view.getRows().toString()).doesNotContain("Secret reason").doesNotContain("ACT-1");
    }

    @Test
    void aViewerWhoCannotBrowseAnActionSeesNeitherItsCommitNorItsTimeAsFirstCommitNorItsOverride() {
        MutableIssue hidden = jira.issue(102L, "ACT-2");
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.override(102L, 42L, "Secret hotfix", "JIRAUSER10200", hours(1));
        jira.commit(42L, 102L, hours(2), "JIRAUSER10200");
        jira.commit(42L, 101L, hours(50), "JIRAUSER10100");
        jira.commit(42L, 102L, hours(55), "JIRAUSER10200");

        ProcessPanelView everything = panel(jira).of(postmortem, hours(48), SEES_EVERYTHING);
        ProcessPanelView withoutB = panel(jira).of(postmortem, hours(48), issue -> issue != hidden);

        assertThat(everything.getRows()).extracting(ProcessPanelRow::toString).contains(
                "First action committed: 20/Nov/26 5:00 PM by Ada Admin, 2 h after the debrief",
                "Commits: 3",
                "Soak overrides: 1");
        assertThat(withoutB.getRows()).extracting(ProcessPanelRow::toString).containsExactly(
                "Debrief held: 20/Nov/26 3:00 PM",
                "Soak time: Ended 22/Nov/26 3:00 PM",
                "First action committed: 22/Nov/26 5:00 PM by Jürgen Weiß, 2 d 2 h after the debrief",
                "Commits: 1",
                "Soak overrides: 0");
        assertThat(withoutB.getRows().toString()).doesNotContain("ACT-2").doesNotContain("Secret")
                .doesNotContain("Ada Admin");
    }

    @Test
    void aCommitRecordedWithoutItsActionCountsForNobody() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        // As written before the action was recorded with the commit: it cannot be checked, so it is left out.
        jira.record(ProcessEventType.ACTIONS_COMMITTED, 42L, hours(49), "JIRAUSER10200");

        ProcessPanelView view = panel(jira).of(postmortem, hours(48), SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).contains(
                "First action committed: None since the debrief", "Commits: 0");
    }

    @Test
    void aRevokedOverrideDoesNotCountAsTheSoakPanelNeverShowsIt() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.override(101L, 42L, "Kept", "JIRAUSER10200", hours(1));
        jira.revokedOverride(101L, 42L, "Withdrawn", "JIRAUSER10200", hours(2));

        ProcessPanelView view = panel(jira).of(postmortem, hours(48), SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).contains(
                "Soak overrides: 1", "Latest override: 20/Nov/26 4:00 PM by Ada Admin on ACT-1: Kept");
        assertThat(view.getRows().toString()).doesNotContain("Withdrawn");
    }

    @Test
    void eachActionIsLookedUpAndCheckedOnce() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.commit(42L, 101L, hours(49), "JIRAUSER10100");
        jira.commit(42L, 101L, hours(50), "JIRAUSER10100");
        jira.override(101L, 42L, "Hotfix", "JIRAUSER10200", hours(1));
        AtomicInteger checks = new AtomicInteger();

        ProcessPanelView view = panel(jira).of(postmortem, hours(48), issue -> checks.incrementAndGet() > 0);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).contains("Commits: 2", "Soak overrides: 1");
        assertThat(checks).hasValue(1);
        verify(jira.issueManager, times(1)).getIssueObject(101L);
    }

    @Test
    void oneViewReadsTheLogsOnceEachAndLooksUpOnlyTheActionsAndTheNamedUsers() {
        jira.issue(102L, "ACT-2");
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.commit(42L, 101L, hours(49), "JIRAUSER10100");
        jira.commit(42L, 102L, hours(50), "JIRAUSER10200");
        jira.override(102L, 42L, "Hotfix", "JIRAUSER10200", hours(1));

        panel(jira).of(postmortem, hours(48), SEES_EVERYTHING);

        // The panel is on every postmortem view: two reads of our tables, one lookup per distinct action, the first
        // committer and the newest override's author; never a scan of the project's debriefs.
        verify(jira.events, times(1)).forIssuesInRecordOrder(anyCollection());
        verify(jira.overrides, times(1)).forPostmortems(anyCollection());
        verifyNoMoreInteractions(jira.events, jira.overrides);
        verify(jira.issueManager, times(1)).getIssueObject(101L);
        verify(jira.issueManager, times(1)).getIssueObject(102L);
        verify(jira.userManager, times(2)).getUserByKey(org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void actionsTheSummaryOfTheSameViewDecidedAreNeitherLookedUpNorCheckedAgain() {
        MutableIssue hidden = jira.issue(102L, "ACT-2");
        MutableIssue unlinked = jira.issue(103L, "ACT-3");
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.commit(42L, 101L, hours(49), "JIRAUSER10100");
        jira.commit(42L, 102L, hours(50), "JIRAUSER10200");
        jira.commit(42L, 103L, hours(51), "JIRAUSER10100");
        jira.override(102L, 42L, "Secret hotfix", "JIRAUSER10200", hours(1));
        jira.override(101L, 42L, "Hotfix", "JIRAUSER10200", hours(2));
        List<Issue> checked = new ArrayList<>();
        ProcessPanel panel = panel(jira);
        ActionVisibility visibility = panel.visibilityFor(issue -> {
            checked.add(issue);
            return issue != hidden;
        });
        // The summary above decides the linked actions ACT-1 and ACT-2, issues in hand (link destinations).
        assertThat(visibility.isVisible(action)).isTrue();
        assertThat(visibility.isVisible(hidden)).isFalse();

        ProcessPanelView view = panel.of(postmortem, hours(48), visibility);

        // Hidden ACT-2 counts nowhere, as the summary decided; ACT-3 is no longer linked, so decided here.
        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).contains("Commits: 2", "Soak overrides: 1",
                "Latest override: 20/Nov/26 5:00 PM by Ada Admin on ACT-1: Hotfix");
        assertThat(view.getRows().toString()).doesNotContain("Secret").doesNotContain("ACT-2");
        // One browse check per distinct action across the view; a lookup only for the action the summary lacked.
        assertThat(checked).containsExactly(action, hidden, unlinked);
        verify(jira.issueManager, never()).getIssueObject(101L);
        verify(jira.issueManager, never()).getIssueObject(102L);
        verify(jira.issueManager, times(1)).getIssueObject(103L);
    }

    @Test
    void atMostMaxActionsAreCheckedAndTheRestCountAsNotVisible() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        int actions = ProcessPanel.MAX_ACTIONS + 5;
        for (long id = 1000; id < 1000 + actions; id++) {
            jira.issue(id, "ACT-" + id);
            jira.commit(42L, id, hours(49), "JIRAUSER10100");
        }

        ProcessPanelView view = panel(jira).of(postmortem, hours(48), SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString)
                .contains("Commits: " + ProcessPanel.MAX_ACTIONS);
        verify(jira.issueManager, never()).getIssueObject(1000L + actions - 1);
    }

    @Test
    void anOverrideOnAnActionThatNoLongerExistsCountsNowhere() {
        jira.override(999L, 42L, "On a deleted action", "JIRAUSER10200", hours(1));

        ProcessPanelView view = panel(jira).of(postmortem, null, SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).contains("Soak overrides: 0");
        assertThat(view.getRows().toString()).doesNotContain("On a deleted action");
    }

    @Test
    void aCorrectedDebriefCountsFromItsNewTime() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, hours(-24), "JIRAUSER10100");
        jira.record(ProcessEventType.SOAK_ENDED, 42L, hours(24), null);
        jira.record(ProcessEventType.DEBRIEF_CLEARED, 42L, hours(25), "JIRAUSER10100");
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.commit(42L, 101L, hours(20), "JIRAUSER10200");

        ProcessPanelView view = panel(jira).of(postmortem, NOW.plusSeconds(60), SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).containsExactly(
                "Debrief held: 20/Nov/26 3:00 PM",
                "Soak time: Soaking until 23/Nov/26 3:01 PM",
                "First action committed: 21/Nov/26 11:00 AM by Ada Admin, 20 h after the debrief",
                "Commits: 1",
                "Soak overrides: 0");
    }

    @Test
    void germanViewersReadGerman() {
        ProcessViewFixture german = new ProcessViewFixture(Locale.GERMAN);
        MutableIssue issue = german.issue(42L, "INC-42");
        german.issue(101L, "ACT-1");
        german.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        german.commit(42L, 101L, hours(1), "JIRAUSER77777");

        ProcessPanelView view = panel(german).of(issue, NOW.plusSeconds(3600), SEES_EVERYTHING);

        assertThat(view.getHeading()).isEqualTo("Ablauf");
        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).containsExactly(
                "Nachbesprechung am: 20/Nov/26 3:00 PM",
                "Karenzzeit: Läuft bis 23/Nov/26 4:00 PM",
                "Erste Maßnahme zugesagt: 20/Nov/26 4:00 PM von einem ehemaligen Benutzer, 1 Std. nach der"
                        + " Nachbesprechung",
                "Zusagen: 1",
                "Übersteuerungen der Karenzzeit: 0");
    }

    @Test
    void aStoreThatCannotBeReadLeavesAShortTranslatedNoteNotAnError() {
        when(jira.events.forIssuesInRecordOrder(anyCollection())).thenThrow(new IllegalStateException("db down"));

        ProcessPanelView view = panel(jira).of(postmortem, null, SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::getText).containsExactly(
                "The recorded process cannot be read right now; the Jira log has the details.");
    }

    @Test
    void elapsedTimesShowNoZeroUnitsAndNothingReadsLessThanAMinute() {
        ProcessTexts texts = ProcessViewFixture.english().texts;
        Instant debrief = Instant.parse("2026-11-20T14:00:00Z");

        assertThat(texts.elapsed(debrief, debrief)).isEqualTo("less than a minute");
        assertThat(texts.elapsed(debrief, debrief.plusSeconds(3 * 3600))).isEqualTo("3 h");
        assertThat(texts.elapsed(debrief, debrief.plusSeconds(2 * 86400 + 60))).isEqualTo("2 d 1 min");
        assertThat(new ProcessViewFixture(java.util.Locale.GERMAN).texts.elapsed(debrief, debrief))
                .isEqualTo("weniger als eine Minute");
    }
}
