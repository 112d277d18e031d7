package dev.postmortem.core.decision;

import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.soak.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.postmortem.core.decision.PostmortemActionsTest.proposed;
import static org.assertj.core.api.Assertions.assertThat;

class DecisionNoticesTest {

    private static final Instant SOAK_END = Instant.parse("2026-12-07T09:00:00.123456Z");
    private static final ReminderPolicy FIVE_DAYS =
            ReminderPolicy.withDefaultDays(WorkingCalendar.mondayToFriday(ZoneOffset.UTC));
    private static final Instant REMINDER_DUE = FIVE_DAYS.dueAt(SOAK_END);

    private static PostmortemActions postmortem(DecidableAction... actions) {
        return new PostmortemActions(10042, SOAK_END, List.of(actions));
    }

    @Test
    void theOwnerIsTheAssigneeElseTheReporter() {
        assertThat(DecisionNotices.owner("alice", "rita")).contains("alice");
        assertThat(DecisionNotices.owner(null, "rita")).contains("rita");
        assertThat(DecisionNotices.owner(" ", "rita")).contains("rita");
        assertThat(DecisionNotices.owner(null, "")).isEmpty();
    }

    @Test
    void theOwnerAndEachAssigneeGetOneMessageNamingEveryActionAwaitingADecision() {
        PostmortemActions postmortem = postmortem(proposed(11, "bob"), proposed(12, "carol"), proposed(13, "bob"),
                proposed(14, null), new DecidableAction(15, ActionState.COMMITTED, "dave", null));

        List<Notice> notices = DecisionNotices.soakEnded(postmortem, Optional.of("alice"), SOAK_END);

        assertThat(notices).extracting(Notice::recipientKey).containsExactly("alice", "bob", "carol");
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.actionIds()).containsExactly(11L, 12L, 13L, 14L);
            assertThat(notice.key()).isEqualTo(new NoticeKey(NoticeKey.Kind.SOAK_ENDED, 10042, SOAK_END));
        });
        assertThat(notices).extracting(Notice::owner).containsExactly(true, false, false);
        assertThat(notices).extracting(Notice::assignedIds)
                .containsExactly(List.of(), List.of(11L, 13L), List.of(12L));
    }

    @Test
    void anOwnerWhoIsAlsoAnAssigneeGetsOneMessage() {
        List<Notice> notices = DecisionNotices.soakEnded(
                postmortem(proposed(11, "alice"), proposed(12, "bob")), Optional.of("alice"), SOAK_END);

        assertThat(notices).extracting(Notice::recipientKey).containsExactly("alice", "bob");
        assertThat(notices.get(0).owner()).isTrue();
        assertThat(notices.get(0).assignedIds()).containsExactly(11L);
    }

    @Test
    void withoutAnOwnerOnlyTheAssigneesAreAskedAndWithoutEitherNobodyIs() {
        assertThat(DecisionNotices.soakEnded(postmortem(proposed(11, "bob")), Optional.empty(), SOAK_END))
                .extracting(Notice::recipientKey).containsExactly("bob");
        assertThat(DecisionNotices.soakEnded(postmortem(proposed(11, null)), Optional.empty(), SOAK_END)).isEmpty();
    }

    @Test
    void nobodyIsAskedBeforeTheSoakEndsOrWhenNothingAwaitsADecision() {
        PostmortemActions decided = postmortem(new DecidableAction(11, ActionState.NOT_DOING, "bob",
                new RecordedDecision(Choice.DROP, SOAK_END)));

        assertThat(DecisionNotices.soakEnded(postmortem(proposed(11, "bob")), Optional.of("alice"),
                SOAK_END.minusMillis(1))).isEmpty();
        assertThat(DecisionNotices.soakEnded(decided, Optional.of("alice"), SOAK_END.plusSeconds(1))).isEmpty();
        assertThat(DecisionNotices.soakEnded(postmortem(), Optional.of("alice"), SOAK_END)).isEmpty();
    }

    @Test
    void everyRunUntilItIsRecordedGivesTheSameKeysSoTheJobSendsEachOnce() {
        PostmortemActions postmortem = postmortem(proposed(11, "bob"));

        List<NoticeKey> keys = List.of(SOAK_END, SOAK_END.plusSeconds(300), SOAK_END.plus(Duration.ofDays(3))).stream()
                .flatMap(now -> DecisionNotices.soakEnded(postmortem, Optional.of("alice"), now).stream())
                .map(Notice::key).distinct().toList();

        assertThat(keys).containsExactly(new NoticeKey(NoticeKey.Kind.SOAK_ENDED, 10042, SOAK_END));
        assertThat(keys.get(0).value()).isEqualTo("SOAK_ENDED:10042:" + SOAK_END.toEpochMilli());
    }

    @Test
    void aKeyFromTheStoredMillisecondSoakEndEqualsOneFromTheOriginalInstant() {
        assertThat(new NoticeKey(NoticeKey.Kind.SOAK_ENDED, 1, Instant.ofEpochMilli(SOAK_END.toEpochMilli())))
                .isEqualTo(new NoticeKey(NoticeKey.Kind.SOAK_ENDED, 1, SOAK_END));
        assertThat(new NoticeKey(NoticeKey.Kind.SOAK_ENDED, 1, SOAK_END))
                .isNotEqualTo(new NoticeKey(NoticeKey.Kind.DECISION_REMINDER, 1, SOAK_END))
                .isNotEqualTo(new NoticeKey(NoticeKey.Kind.SOAK_ENDED, 1, SOAK_END.plusMillis(1)));
    }

    @Test
    void aNoticeTooLateToHelpIsNotSent() {
        PostmortemActions postmortem = postmortem(proposed(11, "bob"));

        assertThat(DecisionNotices.soakEnded(postmortem, Optional.empty(),
                SOAK_END.plus(DecisionNotices.MAX_LATENESS))).hasSize(1);
        assertThat(DecisionNotices.soakEnded(postmortem, Optional.empty(),
                SOAK_END.plus(DecisionNotices.MAX_LATENESS).plusMillis(1))).isEmpty();
    }

    @Test
    void theReminderIsDueNBusinessDaysLaterAndNamesOnlyTheActionsStillUndecided() {
        PostmortemActions postmortem = postmortem(proposed(11, "bob"),
                new DecidableAction(12, ActionState.COMMITTED, "carol",
                        new RecordedDecision(Choice.COMMIT, SOAK_END.plusSeconds(60))));

        assertThat(DecisionNotices.reminders(postmortem, Optional.of("alice"), FIVE_DAYS, REMINDER_DUE.minusMillis(1)))
                .isEmpty();
        List<Notice> reminders = DecisionNotices.reminders(postmortem, Optional.of("alice"), FIVE_DAYS, REMINDER_DUE);

        assertThat(reminders).extracting(Notice::recipientKey).containsExactly("alice", "bob");
        assertThat(reminders).allSatisfy(notice -> {
            assertThat(notice.actionIds()).containsExactly(11L);
            assertThat(notice.key()).isEqualTo(new NoticeKey(NoticeKey.Kind.DECISION_REMINDER, 10042, SOAK_END));
        });
    }

    @Test
    void shorteningTheReminderSettingDoesNotRemindOfLongPastSoakEnds() {
        PostmortemActions longAgo = new PostmortemActions(7, SOAK_END.minus(Duration.ofDays(90)),
                List.of(proposed(11, "bob")));
        ReminderPolicy oneDay = new ReminderPolicy(1, WorkingCalendar.mondayToFriday(ZoneOffset.UTC));

        assertThat(DecisionNotices.reminders(longAgo, Optional.of("alice"), oneDay, SOAK_END)).isEmpty();
        assertThat(DecisionNotices.soakEnded(longAgo, Optional.of("alice"), SOAK_END)).isEmpty();
    }

    @Test
    void atMostOneReminderKeyPerSoakEndWhateverTheRunsAndTheSetting() {
        PostmortemActions postmortem = postmortem(proposed(11, "bob"));
        List<NoticeKey> keys = new java.util.ArrayList<>();
        for (int days = 1; days <= 8; days++) {
            ReminderPolicy policy = new ReminderPolicy(days, WorkingCalendar.mondayToFriday(ZoneOffset.UTC));
            for (int hour = 0; hour < 24 * 14; hour += 5) {
                DecisionNotices.reminders(postmortem, Optional.of("alice"), policy,
                        SOAK_END.plus(Duration.ofHours(hour))).forEach(notice -> keys.add(notice.key()));
            }
        }

        assertThat(keys).isNotEmpty();
        assertThat(keys.stream().distinct()).hasSize(1);
    }
}
