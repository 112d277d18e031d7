package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.ApplicationProperties;
import dev.postmortem.jira.host.IssueUrls;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.host.UserMail;
import dev.postmortem.jira.soak.SoakRecords;
import dev.postmortem.jira.storage.InMemoryDecisionSettingsStore;
import dev.postmortem.jira.storage.InMemoryNoticeLedger;
import dev.postmortem.jira.storage.ProcessEventLog;

import java.time.Clock;
import java.time.ZoneOffset;

import static org.mockito.Mockito.mock;

/** Decision-notice jobs for tests of the soak-end job runner that are not about mail. */
public final class NoticeJobs {

    private NoticeJobs() {
    }

    /** A notice job on a Jira without a mail queue: every run does nothing and says mail is off. */
    public static DecisionNoticeJob mailOff(ProcessEventLog log, Clock clock) {
        InMemoryNoticeLedger ledger = new InMemoryNoticeLedger();
        return new DecisionNoticeJob(log, mock(IssueManager.class),
                new DecidableActions(mock(IssueLinkManager.class), mock(PostmortemLookup.class), log),
                new ReminderPolicies(new InMemoryDecisionSettingsStore(), mock(SoakRecords.class), ZoneOffset.UTC),
                new NoticeSender(ledger, mock(UserMail.class),
                        new DecisionMail(new IssueUrls(mock(ApplicationProperties.class))), mock(UserManager.class),
                        mock(PermissionManager.class), clock),
                ledger, TestFeatures.without("com.atlassian.mail.queue.MailQueue"), clock);
    }
}
