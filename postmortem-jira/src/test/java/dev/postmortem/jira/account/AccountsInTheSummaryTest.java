package dev.postmortem.jira.account;

import dev.postmortem.core.narrative.PersonalAccount;
import dev.postmortem.core.summary.DebriefSummary;
import dev.postmortem.core.summary.SummaryAccount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary (Jira panel, Confluence macro) shows written accounts by their authors and the owner's corrections. */
class AccountsInTheSummaryTest {

    private final AccountFixture f = new AccountFixture();

    @Test
    void writtenAccountsAreShownWithTheOwnerWhoCorrectedThemAndAwaitedOnesAreLeftOut() {
        f.store(f.narrative()
                .withAccount(new PersonalAccount("JIRAUSER1", "Ana Berg", "IC", "saw", "did", "why", "helped",
                        "JIRAUSER9", AccountFixture.NOW))
                .withAccount(PersonalAccount.awaited("JIRAUSER2", "Bo Chen")));

        DebriefSummary summary = f.jira.assembler.summarise(f.postmortem, f.ana, action -> true);

        assertThat(summary.accounts()).containsExactly(
                new SummaryAccount("Ana Berg", "IC", "saw", "did", "why", "helped", "Olli Owner"));
    }

    @Test
    void anAccountSavedByItsAuthorNamesNoCorrection() {
        f.store(f.narrative().withAccount(new PersonalAccount("JIRAUSER2", "Bo Chen", "", "saw", "did", "why", "",
                "JIRAUSER2", AccountFixture.NOW)));

        DebriefSummary summary = f.jira.assembler.summarise(f.postmortem, f.bo, action -> true);

        assertThat(summary.accounts()).extracting(SummaryAccount::editedBy).containsExactly("");
    }
}
