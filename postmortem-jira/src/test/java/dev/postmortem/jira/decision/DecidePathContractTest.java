package dev.postmortem.jira.decision;

import dev.postmortem.core.decision.Choice;
import dev.postmortem.core.decision.DecisionBatch;
import dev.postmortem.core.decision.DecisionRequest;
import dev.postmortem.core.decision.RecordedDecision;
import dev.postmortem.jira.storage.DecisionSettingsStore;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.Before;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole decide path over real storage: the soak's end in the process log, the project's decision settings, a
 * batch decided through (mocked) Jira, and what is stored and read back: ACTION_DROPPED with its reason exactly as
 * typed (markup kept as text, line ends made LF), nothing for a commit (the workflow's function records it) or a
 * keep, and the decide view that then lists the decided actions and no longer asks about them. Runs on H2 and
 * PostgreSQL ({@code H2DecidePathTest}, {@code PostgresDecidePathTest}) and on the in-memory twins.
 */
public abstract class DecidePathContractTest {

    private static final String REASON = "Covered by ACT-2's alert <script>alert(1)</script> & {color:red}x{color}\n"
            + "Ünïcödé ✅ survives.";

    private DecisionFixture f;
    private ProcessEventLog events;

    protected abstract ProcessEventLog newProcessEventLog();

    protected abstract DecisionSettingsStore newDecisionSettingsStore();

    @Before
    public void fixture() {
        events = newProcessEventLog();
        f = new DecisionFixture(events, newDecisionSettingsStore());
        f.settings.save(DecisionFixture.PROJECT, new dev.postmortem.jira.storage.DecisionSettings(5,
                Optional.of(DecisionFixture.NOT_DOING)));
    }

    @Test
    public void aDropIsStoredWithItsReasonAndTheViewThenListsItAsDecided() {
        List<DecisionOutcome> outcomes = f.decider().decide(f.postmortem, DecisionBatch.read(List.of(
                        new DecisionRequest(105L, Choice.COMMIT, null),
                        new DecisionRequest(106L, Choice.DROP, "  " + REASON.replace("\n", "\r\n") + "  "),
                        new DecisionRequest(101L, Choice.KEEP, null))),
                f.caller(), f.jira.access::mayBrowse);

        assertThat(outcomes).extracting(DecisionOutcome::applied).containsExactly(true, true, true);
        List<ProcessEvent> stored = events.forIssuesInRecordOrder(List.of(42L));
        assertThat(stored).extracting(ProcessEvent::type).containsExactly(ProcessEventType.DEBRIEF_HELD,
                ProcessEventType.SOAK_ENDED, ProcessEventType.ACTION_DROPPED);
        ProcessEvent dropped = stored.get(2);
        assertThat(dropped.actionId()).isEqualTo(106L);
        assertThat(dropped.actorKey()).isEqualTo(f.caller().getKey());
        assertThat(dropped.at()).isEqualTo(DecisionFixture.NOW);
        assertThat(dropped.detail()).isEqualTo(REASON);

        DecidableActions.Read read = f.reader.of(f.postmortem, f.jira.access::mayBrowse,
                Optional.of(DecisionFixture.NOT_DOING));
        assertThat(read.decisions().of(106L)).contains(new RecordedDecision(Choice.DROP, DecisionFixture.NOW));
        assertThat(read.decisions().dropReason(106L)).contains(REASON);
        DecideView view = f.views(Locale.ENGLISH, DecisionFixture.NOW.plusSeconds(60))
                .of(f.postmortem, f.jira.access::mayBrowse, true);
        assertThat(view.awaiting()).extracting(DecideRow::key).containsExactly("ACT-1");
        assertThat(view.decided()).extracting(DecideRow::key).containsExactly("ACT-6");
        assertThat(view.decided().get(0).dropReason()).isEqualTo(REASON);
    }

    @Test
    public void aSecondDecisionOnADroppedActionIsRefusedAndStoresNothing() {
        f.decider().decide(f.postmortem, DecisionBatch.read(List.of(new DecisionRequest(106L, Choice.DROP, "No"))),
                f.caller(), f.jira.access::mayBrowse);

        List<DecisionOutcome> again = f.decider().decide(f.postmortem, DecisionBatch.read(List.of(
                new DecisionRequest(106L, Choice.DROP, "No, really"))), f.caller(), f.jira.access::mayBrowse);

        assertThat(again).extracting(DecisionOutcome::messageKey).containsExactly(ActionDecider.NOT_AWAITING_KEY);
        assertThat(events.forIssuesInRecordOrder(List.of(42L)))
                .filteredOn(event -> event.type() == ProcessEventType.ACTION_DROPPED).hasSize(1);
    }

    @Test
    public void withoutAResolutionNothingIsDroppedOrStored() {
        f.settings.save(DecisionFixture.PROJECT, new dev.postmortem.jira.storage.DecisionSettings(5, Optional.empty()));

        List<DecisionOutcome> outcomes = f.decider().decide(f.postmortem, DecisionBatch.read(List.of(
                new DecisionRequest(106L, Choice.DROP, "No"))), f.caller(), f.jira.access::mayBrowse);

        assertThat(outcomes).extracting(DecisionOutcome::messageKey).containsExactly(ActionDecider.NO_RESOLUTION_KEY);
        assertThat(events.forIssuesInRecordOrder(List.of(42L))).hasSize(2);
    }
}
