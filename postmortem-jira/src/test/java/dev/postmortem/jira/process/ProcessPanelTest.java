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
import java.util.Locale;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
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
        return new ProcessPanel(fixture.processes, fixture.issueManager, fixture.texts,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Instant hours(long hours) {
        return DEBRIEF.plus(Duration.ofHours(hours));
    }

    @Test
    void showsTheDebriefTheSoakEndTheFirstCommitAndTheCountsInTheViewersFormat() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.record(ProcessEventType.SOAK_ENDED, 42L, hours(48), null);
        jira.record(ProcessEventType.ACTIONS_COMMITTED, 42L, hours(50).plusSeconds(30 * 60), "JIRAUSER10100");
        jira.record(ProcessEventType.ACTIONS_COMMITTED, 42L, hours(60), "JIRAUSER10200");

        ProcessPanelView view = panel(jira).of(postmortem, hours(48), SEES_EVERYTHING);

        assertThat(view.getHeading()).isEqualTo("Process");
        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).containsExactly(
                "Debrief held: 20/Nov/26 3:00 PM",
                "Soak: Ended 22/Nov/26 3:00 PM",
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
                .contains("Soak: Soaking until 23/Nov/26 4:00 PM", "First action committed: None since the debrief");
        assertThat(ended.getRows()).extracting(ProcessPanelRow::toString).contains("Soak: Ended 22/Nov/26 3:00 PM");
    }

    @Test
    void withoutADebriefItSaysSoAndCountsCommitsAsBeforeTheDebrief() {
        jira.record(ProcessEventType.ACTIONS_COMMITTED, 42L, hours(1), "JIRAUSER10200");
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
        jira.record(ProcessEventType.ACTIONS_COMMITTED, 42L, hours(49), "JIRAUSER99999");
        jira.override(101L, 42L, "Hotfix", "JIRAUSER88888", hours(1));

        ProcessPanelView view = panel(jira).of(postmortem, hours(48), SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).contains(
                "First action committed: 22/Nov/26 4:00 PM by a former user, 2 d 1 h 0 min after the debrief",
                "Latest override: 20/Nov/26 4:00 PM by a former user on ACT-1: Hotfix");
        assertThat(view.getRows().toString()).doesNotContain("JIRAUSER");
    }

    @Test
    void aCommitWithoutARecordedUserNamesNobody() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.record(ProcessEventType.ACTIONS_COMMITTED, 42L, hours(49), null);

        ProcessPanelView view = panel(jira).of(postmortem, hours(48), SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).contains(
                "First action committed: 22/Nov/26 4:00 PM, 2 d 1 h 0 min after the debrief");
    }

    @Test
    void theNewestOverrideIsShownOnlyToViewersWhoMayBrowseItsActionLikeTheSoakPanel() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.override(102L, 42L, "Older reason on a visible action", "JIRAUSER10200", hours(1));
        jira.override(101L, 42L, "Secret reason on a hidden action", "JIRAUSER10200", hours(2));
        Predicate<Issue> hidesTheAction = issue -> issue != action;

        ProcessPanelView view = panel(jira).of(postmortem, hours(48), hidesTheAction);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).contains("Soak overrides: 2");
        assertThat(view.getRows()).extracting(ProcessPanelRow::getLabel).doesNotContain("Latest override");
        assertThat(view.getRows().toString()).doesNotContain("Secret reason").doesNotContain("ACT-1")
                .doesNotContain("Older reason");
    }

    @Test
    void anOverrideOnAnActionThatNoLongerExistsShowsOnlyInTheCount() {
        jira.override(999L, 42L, "On a deleted action", "JIRAUSER10200", hours(1));

        ProcessPanelView view = panel(jira).of(postmortem, null, SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).contains("Soak overrides: 1");
        assertThat(view.getRows().toString()).doesNotContain("On a deleted action");
    }

    @Test
    void aCorrectedDebriefCountsFromItsNewTime() {
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, hours(-24), "JIRAUSER10100");
        jira.record(ProcessEventType.SOAK_ENDED, 42L, hours(24), null);
        jira.record(ProcessEventType.DEBRIEF_CLEARED, 42L, hours(25), "JIRAUSER10100");
        jira.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        jira.record(ProcessEventType.ACTIONS_COMMITTED, 42L, hours(20), "JIRAUSER10200");

        ProcessPanelView view = panel(jira).of(postmortem, NOW.plusSeconds(60), SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).containsExactly(
                "Debrief held: 20/Nov/26 3:00 PM",
                "Soak: Soaking until 23/Nov/26 3:01 PM",
                "First action committed: 21/Nov/26 11:00 AM by Ada Admin, 0 d 20 h 0 min after the debrief",
                "Commits: 1",
                "Soak overrides: 0");
    }

    @Test
    void germanViewersReadGerman() {
        ProcessViewFixture german = new ProcessViewFixture(Locale.GERMAN);
        MutableIssue issue = german.issue(42L, "INC-42");
        german.record(ProcessEventType.DEBRIEF_HELD, 42L, DEBRIEF, "JIRAUSER10100");
        german.record(ProcessEventType.ACTIONS_COMMITTED, 42L, hours(1), "JIRAUSER77777");

        ProcessPanelView view = panel(german).of(issue, NOW.plusSeconds(3600), SEES_EVERYTHING);

        assertThat(view.getHeading()).isEqualTo("Ablauf");
        assertThat(view.getRows()).extracting(ProcessPanelRow::toString).containsExactly(
                "Nachbesprechung gehalten: 20/Nov/26 3:00 PM",
                "Karenzzeit: Läuft bis 23/Nov/26 4:00 PM",
                "Erste Maßnahme zugesagt: 20/Nov/26 4:00 PM von einem ehemaligen Benutzer, 0 T. 1 Std. 0 Min. nach der"
                        + " Nachbesprechung",
                "Zusagen: 1",
                "Übersteuerte Karenzzeiten: 0");
    }

    @Test
    void aStoreThatCannotBeReadLeavesAShortTranslatedNoteNotAnError() {
        when(jira.events.forIssuesInRecordOrder(anyCollection())).thenThrow(new IllegalStateException("db down"));

        ProcessPanelView view = panel(jira).of(postmortem, null, SEES_EVERYTHING);

        assertThat(view.getRows()).extracting(ProcessPanelRow::getText).containsExactly(
                "The recorded process cannot be read right now; the Jira log has the details.");
    }
}
