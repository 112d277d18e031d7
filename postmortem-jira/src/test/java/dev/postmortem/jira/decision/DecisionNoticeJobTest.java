package dev.postmortem.jira.decision;

import dev.postmortem.core.decision.DecisionNotices;
import dev.postmortem.core.decision.NoticeKey;
import dev.postmortem.jira.storage.InMemoryNoticeLedger;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.NoticeId;
import dev.postmortem.jira.storage.NoticeLedger;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;

import static dev.postmortem.jira.decision.NoticeScenario.ADA;
import static dev.postmortem.jira.decision.NoticeScenario.JUERGEN;
import static dev.postmortem.jira.decision.NoticeScenario.OLIVIA;
import static dev.postmortem.jira.decision.NoticeScenario.POSTMORTEM;
import static dev.postmortem.jira.decision.NoticeScenario.PROJECT;
import static dev.postmortem.jira.decision.NoticeScenario.REMINDER_DUE;
import static dev.postmortem.jira.decision.NoticeScenario.SOAK_END;
import static org.assertj.core.api.Assertions.assertThat;

/** The notice step of the soak-end job on the twins: who is asked, once, in which language, with what. */
class DecisionNoticeJobTest {

    private final InMemoryNoticeLedger ledger = new InMemoryNoticeLedger();
    private final NoticeScenario s = new NoticeScenario(new InMemoryProcessEventLog(), ledger);

    @Test
    void nothingIsSentWhileTheSoakRuns() {
        s.log.appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, POSTMORTEM, PROJECT,
                NoticeScenario.DEBRIEF, OLIVIA));
        s.clock.set(SOAK_END.minusSeconds(1));

        assertThat(s.run()).isEqualTo(new DecisionNoticeJob.Result(0, 0, 0, 0, false, false));
        assertThat(s.mail.sent()).isEmpty();
    }

    @Test
    void whenTheSoakEndsTheOwnerAndEachAssigneeGetOneMailInTheirLanguage() {
        s.debriefAndSoakEnd();

        DecisionNoticeJob.Result first = s.run();
        DecisionNoticeJob.Result second = s.run();

        assertThat(s.mail.recipients()).containsExactly(OLIVIA, JUERGEN, ADA);
        assertThat(first).isEqualTo(new DecisionNoticeJob.Result(1, 3, 0, 0, false, false));
        assertThat(second).isEqualTo(new DecisionNoticeJob.Result(1, 0, 0, 0, false, false));
        assertThat(s.mail.to(JUERGEN).language()).isEqualTo(Locale.GERMAN);
        assertThat(s.mail.to(OLIVIA).language()).isEqualTo(Locale.ENGLISH);
        assertThat(s.mail.to(OLIVIA).content().subject())
                .isEqualTo("INC-42 Checkout outage: the soak has ended, decide its 3 proposed actions");
        assertThat(s.mail.to(JUERGEN).content().subject()).isEqualTo(
                "INC-42 Checkout outage: Die Karenzzeit ist vorbei, entscheiden Sie \u00fcber die 3 vorgeschlagenen"
                        + " Ma\u00dfnahmen");
        String text = s.mail.to(ADA).content().textBody();
        assertThat(text).contains("ACT-1 Add a pool-size check", "https://jira.example.com/browse/ACT-1",
                "ACT-2 Alert on DB connection saturation (assigned to you)", "ACT-3 " + NoticeScenario.HOSTILE,
                "https://jira.example.com/browse/INC-42").doesNotContain("ACT-4");
        assertThat(ledger.all()).containsOnlyKeys(
                id(NoticeKey.Kind.SOAK_ENDED, OLIVIA), id(NoticeKey.Kind.SOAK_ENDED, JUERGEN),
                id(NoticeKey.Kind.SOAK_ENDED, ADA));
        assertThat(s.reminded()).as("no reminder yet").isEmpty();
    }

    @Test
    void aRecipientNeverSeesAnActionTheyMayNotBrowseAndGetsNoMailWhenNoneRemains() {
        s.mayNotBrowse(s.ada, s.act1);
        s.mayNotBrowse(s.ada, s.act3);
        s.mayNotBrowse(s.juergen, s.postmortem);
        s.debriefAndSoakEnd();

        s.run();

        assertThat(s.mail.recipients()).containsExactly(OLIVIA, ADA);
        RecordingMail.Sent ada = s.mail.to(ADA);
        assertThat(ada.content().textBody() + ada.content().htmlBody() + ada.content().subject())
                .contains("ACT-2").doesNotContain("ACT-1", "ACT-3", "pool-size", "script");
        assertThat(ada.content().subject()).contains("its proposed action").doesNotContain("3");
        assertThat(ledger.state(id(NoticeKey.Kind.SOAK_ENDED, JUERGEN))).as("nothing claimed").isEmpty();
    }

    @Test
    void aRefusedMailIsMarkedFailedAndSentOnceOnTheNextRun() {
        s.debriefAndSoakEnd();
        s.mail.refuse(true);

        DecisionNoticeJob.Result refused = s.run();
        assertThat(refused.failed()).isEqualTo(3);
        assertThat(ledger.state(id(NoticeKey.Kind.SOAK_ENDED, OLIVIA))).contains(NoticeLedger.State.FAILED);

        s.mail.refuse(false);
        s.clock.advance(Duration.ofMinutes(15));
        DecisionNoticeJob.Result retried = s.run();
        s.clock.advance(Duration.ofMinutes(15));
        s.run();

        assertThat(retried.sent()).isEqualTo(3);
        assertThat(s.mail.recipients()).containsExactly(OLIVIA, JUERGEN, ADA);
        assertThat(ledger.attempts(id(NoticeKey.Kind.SOAK_ENDED, OLIVIA))).isEqualTo(1);
    }

    @Test
    void aNodeThatDiedBetweenClaimAndSendLeavesAPendingClaimThatIsTakenOverOnceItIsStale() {
        s.debriefAndSoakEnd();
        // The other node claimed Olivia's notice and stopped before queueing it (restart): PENDING, nothing sent.
        assertThat(ledger.claim(id(NoticeKey.Kind.SOAK_ENDED, OLIVIA), s.clock.instant(),
                NoticeSender.STALE_CLAIM)).isTrue();

        s.run();
        assertThat(s.mail.recipients()).containsExactly(JUERGEN, ADA);

        s.clock.advance(NoticeSender.STALE_CLAIM.minusMinutes(1));
        s.run();
        assertThat(s.mail.recipients()).as("still fresh: the other node may yet send").containsExactly(JUERGEN, ADA);

        s.clock.advance(Duration.ofMinutes(1));
        s.run();
        s.run();
        assertThat(s.mail.recipients()).containsExactly(JUERGEN, ADA, OLIVIA);
    }

    @Test
    void withoutJirasMailQueueNothingIsClaimedAndEverythingIsSentWhenItIsBack() {
        s.mailQueuePresent(false);
        s.debriefAndSoakEnd();

        assertThat(s.run()).isEqualTo(new DecisionNoticeJob.Result(0, 0, 0, 0, true, false));
        assertThat(ledger.all()).isEmpty();

        s.mailQueuePresent(true);
        s.clock.advance(Duration.ofDays(3));
        s.run();
        assertThat(s.mail.recipients()).containsExactly(OLIVIA, JUERGEN, ADA);
    }

    @Test
    void theReminderGoesOutOnceWhenDueToThoseStillUndecidedAndIsRecordedOnceAtItsDueTime() {
        s.debriefAndSoakEnd();
        s.run();
        // ACT-2 is decided (committed) before the reminder: Ada has nothing left to decide.
        s.commit(s.act2);
        s.clock.set(REMINDER_DUE.minusSeconds(1));
        s.run();
        assertThat(s.mail.sent()).hasSize(3);

        s.clock.set(REMINDER_DUE.plusSeconds(30));
        s.run();
        s.clock.advance(Duration.ofMinutes(15));
        s.run();

        assertThat(s.mail.sent()).hasSize(5);
        assertThat(s.mail.sent().subList(3, 5)).extracting(RecordingMail.Sent::recipientKey)
                .containsExactly(OLIVIA, JUERGEN);
        assertThat(s.mail.sent().get(3).content().subject())
                .isEqualTo("INC-42 Checkout outage: reminder, 2 proposed actions are still undecided");
        assertThat(s.reminded()).containsExactly(new ProcessEvent(ProcessEventType.DECISION_REMINDED, POSTMORTEM,
                PROJECT, REMINDER_DUE, null));
    }

    @Test
    void aNoticeThatKeepsFailingIsRetriedEveryRunUntilItIsFourteenDaysLateThenDroppedAndNeverSent() {
        s.debriefAndSoakEnd();
        s.mail.refuse(true);
        s.run();
        s.clock.set(SOAK_END.plus(DecisionNotices.MAX_LATENESS).minusSeconds(1));
        s.run();
        assertThat(ledger.attempts(id(NoticeKey.Kind.SOAK_ENDED, OLIVIA))).isEqualTo(2);

        s.mail.refuse(false);
        s.clock.set(SOAK_END.plus(DecisionNotices.MAX_LATENESS).plusSeconds(1));
        DecisionNoticeJob node = s.job();
        DecisionNoticeJob.Result late = node.run(() -> false);
        DecisionNoticeJob.Result later = node.run(() -> false);

        assertThat(late.dropped()).as("logged as dropped, once per node").isEqualTo(3);
        assertThat(later.dropped()).isZero();
        assertThat(s.mail.sent()).extracting(mail -> mail.content().subject())
                .as("only reminders (due later) may follow; the soak-end notice is dropped")
                .noneMatch(subject -> subject.contains("soak has ended"));
        assertThat(ledger.state(id(NoticeKey.Kind.SOAK_ENDED, OLIVIA))).contains(NoticeLedger.State.FAILED);
    }

    @Test
    void aCorrectedDebriefMakesTheOldSoakEndsNoticesObsolete() {
        s.debriefAndSoakEnd();
        s.log.appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, POSTMORTEM, PROJECT,
                SOAK_END, OLIVIA));

        s.run();

        assertThat(s.mail.sent()).as("the new debrief's soak is still running").isEmpty();
    }

    private static NoticeId id(NoticeKey.Kind kind, String recipient) {
        return new NoticeId(kind.name(), POSTMORTEM, SOAK_END.toEpochMilli(), recipient);
    }
}
