package dev.postmortem.jira.account;

import dev.postmortem.core.narrative.PersonalAccount;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the account panel offers each viewer: a participant their own saved account only, the owner the list and the
 * request, a reader no form; never anybody's unsaved draft (drafts are not stored at all).
 */
class AccountPanelsTest {

    private final AccountFixture f = new AccountFixture();

    @Test
    void aParticipantSeesOnlyTheirOwnSavedAccountInTheForm() {
        f.store(f.narrative().withAccount(new PersonalAccount("JIRAUSER2", "Bo Chen", "DBA", "Bo saw", "Bo did",
                "Bo why")));

        AccountPanelView view = f.panels(Locale.ENGLISH, true).view(f.postmortem, f.ana);

        assertThat(view.form().participantKey()).isEqualTo("JIRAUSER1");
        assertThat(view.form().heading()).isEqualTo("Your account");
        assertThat(view.form().saw() + view.form().did() + view.form().why()).isEmpty();
        assertThat(view.form().savedNote()).isEqualTo("Not written yet.");
        assertThat(view.participants()).isEqualTo("[]");
        assertThat(view.progress()).isEqualTo("1 of 2 accounts written");
        assertThat(view.canAsk()).isFalse();
    }

    @Test
    void aReaderSeesWhoHasWrittenButNoForm() {
        AccountPanelView view = f.panels(Locale.GERMAN, true).view(f.postmortem, f.rita);

        assertThat(view.form()).isNull();
        assertThat(view.notAllowed()).startsWith("Jede beteiligte Person schreibt hier ihre eigene Schilderung");
        assertThat(view.rows()).extracting(AccountRowView::status).containsExactly("Ausstehend", "Ausstehend");
        assertThat(view.progress()).isEqualTo("0 von 2 Schilderungen geschrieben");
    }

    @Test
    void theOwnerMayAskAndChooseAmongTheSavedAccounts() {
        AccountPanelView view = f.panels(Locale.ENGLISH, true).view(f.postmortem, f.olli);

        assertThat(view.owner()).isTrue();
        assertThat(view.canAsk()).isTrue();
        assertThat(view.form().heading()).isEqualTo("Account of Ana Berg");
        assertThat(view.participants()).contains("\"key\":\"JIRAUSER1\"", "\"key\":\"JIRAUSER2\"");
        assertThat(view.occasion()).isEqualTo(AccountFixture.NOW.toEpochMilli());
    }

    @Test
    void withMailOffTheOwnerIsToldWhomToAskInPerson() {
        AccountPanelView view = f.panels(Locale.ENGLISH, false).view(f.postmortem, f.olli);

        assertThat(view.canAsk()).isFalse();
        assertThat(view.mailOff()).isEqualTo(
                "Mail is switched off, so nobody was notified. Still awaited: Ana Berg, Bo Chen");
    }

    @Test
    void theCoachHintsAtBlamePhrasingInTheSavedAccount() {
        f.store(f.narrative().withAccount(new PersonalAccount("JIRAUSER1", "Ana Berg", "", "",
                "Bo should have paged the DBA.", "It was late.", "", "JIRAUSER1", AccountFixture.NOW)));

        AccountPanelView view = f.panels(Locale.ENGLISH, true).view(f.postmortem, f.ana);

        assertThat(view.form().findings()).isNotEmpty();
        assertThat(view.form().findings().get(0).where()).isEqualTo("What I did");
        assertThat(view.form().savedNote()).isEqualTo("Saved by you on 25/Nov/26 10:00 AM.");
    }
}
