package dev.postmortem.jira.account;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.PersonalAccount;
import dev.postmortem.jira.host.MailContent;
import dev.postmortem.jira.storage.NoticeId;
import dev.postmortem.jira.storage.NoticeLedger;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/** Account requests are mailed once per participant and occasion, across "nodes" and retries, in their language. */
class AccountRequestsTest {

    private final AccountFixture f = new AccountFixture();

    private AccountRequests.Outcome ask(AccountRequests requests, long occasion) {
        return requests.send(AccountMail.Kind.REQUEST, f.postmortem, f.narrative(), f.olli, occasion);
    }

    @Test
    void eachAwaitedParticipantGetsOneMailInTheirLanguage() {
        f.store(f.narrative().withAccount(new PersonalAccount("JIRAUSER2", "Bo Chen", "", "saw", "did", "why")));
        f.mail.languages.put("JIRAUSER1", Locale.GERMAN);

        AccountRequests.Outcome outcome = ask(f.requests(true), 1000L);

        assertThat(outcome.sent()).containsExactly("Ana Berg");
        assertThat(f.mail.recipients()).containsExactly("JIRAUSER1");
        MailContent mail = f.mail.queued.get(0).getValue();
        assertThat(mail.subject()).isEqualTo("Ihre Schilderung zu PM-60: Checkout outage <b>, bitte");
        assertThat(mail.textBody()).contains("Olli Owner bittet Sie", "https://jira.example.com/browse/PM-60#pm-accounts");
        assertThat(f.ledger.state(new NoticeId(AccountRequests.REQUEST_KIND, 60L, 1000L, "JIRAUSER1")))
                .contains(NoticeLedger.State.SENT);
    }

    @Test
    void twoNodesSendingTheSameRequestAtOnceMailEachParticipantOnce() throws Exception {
        AccountRequests nodeA = f.requests(true);
        AccountRequests nodeB = f.requests(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<AccountRequests.Outcome>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                AccountRequests node = i % 2 == 0 ? nodeA : nodeB;
                runs.add(() -> ask(node, 2000L));
            }
            pool.invokeAll(runs);
        } finally {
            pool.shutdownNow();
        }

        assertThat(f.mail.recipients()).containsExactlyInAnyOrder("JIRAUSER1", "JIRAUSER2");
    }

    @Test
    void aRefusedMailIsRetriedOnceAndNeverSentTwice() {
        AccountRequests requests = f.requests(true);
        f.mail.refuse = true;

        AccountRequests.Outcome refused = ask(requests, 3000L);
        f.mail.refuse = false;
        AccountRequests.Outcome retried = ask(requests, 3000L);
        AccountRequests.Outcome again = ask(requests, 3000L);

        assertThat(refused.failed()).containsExactly("Ana Berg", "Bo Chen");
        assertThat(retried.sent()).containsExactly("Ana Berg", "Bo Chen");
        assertThat(again.sent()).isEmpty();
        assertThat(f.mail.recipients()).containsExactly("JIRAUSER1", "JIRAUSER2");
    }

    @Test
    void aNewRequestIsANewOccasion() {
        AccountRequests requests = f.requests(true);

        ask(requests, 4000L);
        ask(requests, 5000L);

        assertThat(f.mail.recipients()).hasSize(4);
    }

    @Test
    void withMailOffNothingIsSentAndNothingFails() {
        AccountRequests requests = f.requests(false);

        AccountRequests.Outcome outcome = ask(requests, 6000L);

        assertThat(requests.isOn()).isFalse();
        assertThat(outcome.sent()).isEmpty();
        assertThat(outcome.failed()).isEmpty();
        assertThat(f.mail.queued).isEmpty();
    }

    @Test
    void whileJirasMailQueueIsMissingRequestsAreOffAndNothingIsClaimed() {
        AccountRequests requests = f.requests(true);
        f.mail.available = false;

        AccountRequests.Outcome outcome = ask(requests, 6500L);

        assertThat(requests.isOn()).isFalse();
        assertThat(outcome.failed()).isEmpty();
        assertThat(f.mail.queued).isEmpty();

        f.mail.available = true;
        ask(requests, 6500L);

        assertThat(f.mail.recipients()).isNotEmpty();
    }

    @Test
    void aParticipantWhoMayNotSeeThePostmortemGetsNoMailNamingIt() {
        ApplicationUser outsider = f.user("JIRAUSER8", "Out Sider");
        f.store(Narrative.empty().withAccount(PersonalAccount.awaited("JIRAUSER8", "Out Sider")));
        when(f.jira.permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, f.postmortem, outsider))
                .thenReturn(false);

        AccountRequests.Outcome outcome = ask(f.requests(true), 8000L);

        assertThat(outcome.undeliverable()).containsExactly("Out Sider");
        assertThat(f.mail.queued).isEmpty();
    }

    @Test
    void aParticipantJiraNoLongerKnowsIsNamedAsUndeliverable() {
        f.store(Narrative.empty().withAccount(PersonalAccount.awaited("JIRAUSER404", "Gone Person")));

        AccountRequests.Outcome outcome = ask(f.requests(true), 7000L);

        assertThat(outcome.undeliverable()).containsExactly("Gone Person");
        assertThat(f.mail.queued).isEmpty();
    }
}
