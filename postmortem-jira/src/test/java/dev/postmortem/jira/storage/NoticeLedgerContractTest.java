package dev.postmortem.jira.storage;

import org.junit.Before;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The notice ledger, whatever stores it: the AO ledger on H2 and PostgreSQL ({@link H2NoticeLedgerTest},
 * {@link PostgresNoticeLedgerTest}) and the in-memory twin ({@link InMemoryNoticeLedgerTest}).
 */
public abstract class NoticeLedgerContractTest {

    protected static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    protected static final Duration STALE = Duration.ofHours(1);
    protected static final NoticeId ALICE = new NoticeId("SOAK_ENDED", 10042L, 1796634000000L, "JIRAUSER10100");

    protected NoticeLedger ledger;

    protected abstract NoticeLedger newLedger();

    @Before
    public void ledger() {
        ledger = newLedger();
    }

    @Test
    public void theFirstClaimWinsAndWritesAPendingRecord() {
        assertThat(ledger.state(ALICE)).isEmpty();

        assertThat(ledger.claim(ALICE, T0, STALE)).isTrue();

        assertThat(ledger.state(ALICE)).contains(NoticeLedger.State.PENDING);
        assertThat(ledger.claim(ALICE, T0.plusSeconds(1), STALE)).as("a second claim while pending").isFalse();
    }

    @Test
    public void aSentNoticeIsNeverClaimedAgainEvenMuchLater() {
        ledger.claim(ALICE, T0, STALE);
        ledger.markSent(ALICE, T0.plusSeconds(2));

        assertThat(ledger.state(ALICE)).contains(NoticeLedger.State.SENT);
        assertThat(ledger.claim(ALICE, T0.plus(Duration.ofDays(400)), STALE)).isFalse();
        ledger.markFailed(ALICE, T0.plusSeconds(3));
        assertThat(ledger.state(ALICE)).as("sent stays sent").contains(NoticeLedger.State.SENT);
    }

    @Test
    public void aFailedNoticeIsClaimedAgainOnce() {
        ledger.claim(ALICE, T0, STALE);
        ledger.markFailed(ALICE, T0.plusSeconds(1));

        assertThat(ledger.state(ALICE)).contains(NoticeLedger.State.FAILED);
        assertThat(ledger.claim(ALICE, T0.plusSeconds(900), STALE)).isTrue();
        assertThat(ledger.claim(ALICE, T0.plusSeconds(901), STALE)).isFalse();
        ledger.markSent(ALICE, T0.plusSeconds(902));
        assertThat(ledger.state(ALICE)).contains(NoticeLedger.State.SENT);
    }

    @Test
    public void aPendingNoticeWhoseSenderDiedIsClaimedAgainOnlyOnceStale() {
        ledger.claim(ALICE, T0, STALE);

        assertThat(ledger.claim(ALICE, T0.plus(STALE).minusMillis(1), STALE)).isFalse();
        assertThat(ledger.claim(ALICE, T0.plus(STALE), STALE)).isTrue();
        assertThat(ledger.claim(ALICE, T0.plus(STALE).plusSeconds(1), STALE)).as("fresh again").isFalse();
    }

    @Test
    public void eachPartOfTheIdMakesADifferentNotice() {
        ledger.claim(ALICE, T0, STALE);
        ledger.markSent(ALICE, T0);

        assertThat(ledger.claim(new NoticeId("DECISION_REMINDER", 10042L, 1796634000000L, "JIRAUSER10100"), T0, STALE))
                .isTrue();
        assertThat(ledger.claim(new NoticeId("SOAK_ENDED", 10043L, 1796634000000L, "JIRAUSER10100"), T0, STALE))
                .isTrue();
        assertThat(ledger.claim(new NoticeId("SOAK_ENDED", 10042L, 1796634000001L, "JIRAUSER10100"), T0, STALE))
                .isTrue();
        assertThat(ledger.claim(new NoticeId("SOAK_ENDED", 10042L, 1796634000000L, "JIRAUSER10200"), T0, STALE))
                .isTrue();
        assertThat(ledger.state(ALICE)).contains(NoticeLedger.State.SENT);
    }

    @Test
    public void theLongestKindAndRecipientAreKept() {
        NoticeId longest = new NoticeId("K".repeat(NoticeId.MAX_KIND), 1L, 2L, "ü".repeat(NoticeId.MAX_RECIPIENT));

        assertThat(ledger.claim(longest, T0, STALE)).isTrue();
        ledger.markSent(longest, T0);

        assertThat(ledger.state(longest)).contains(NoticeLedger.State.SENT);
    }

    @Test
    public void markingANoticeNeverClaimedIsRefused() {
        assertThatThrownBy(() -> ledger.markSent(ALICE, T0)).isInstanceOf(IllegalStateException.class);
        assertThat(ledger.state(ALICE)).isEmpty();
    }
}
