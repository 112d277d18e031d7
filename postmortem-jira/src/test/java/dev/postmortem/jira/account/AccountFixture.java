package dev.postmortem.jira.account;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.NarrativeJson;
import dev.postmortem.core.narrative.PersonalAccount;
import dev.postmortem.jira.host.IssueUrls;
import dev.postmortem.jira.host.MailContent;
import dev.postmortem.jira.host.UserMail;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.narrative.PostmortemFields;
import dev.postmortem.jira.storage.NoticeId;
import dev.postmortem.jira.storage.NoticeLedger;
import dev.postmortem.jira.summary.PostmortemScenario;
import dev.postmortem.testsupport.InMemoryClusterLocks;
import dev.postmortem.testsupport.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A postmortem whose narrative lives in one stored value, as Jira keeps a custom field: every
 * {@code getIssueObject(id)} is a fresh issue reading the stored value, and {@code updateIssue} stores what was set on
 * that issue (after {@link #writeDelay}, to widen races). Ana and Bo are participants, Olli owns the postmortem
 * (assignee), Rita only reads it. Mail and the notice ledger are the small in-memory fakes below.
 */
final class AccountFixture {

    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final String SUMMARY = "Checkout outage <b>";

    final PostmortemScenario jira = new PostmortemScenario();
    final AtomicReference<String> stored = new AtomicReference<>();
    final MutableClock clock = new MutableClock(NOW);
    final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    final ApplicationUser ana = user("JIRAUSER1", "Ana Berg");
    final ApplicationUser bo = user("JIRAUSER2", "Bo Chen");
    final ApplicationUser olli = user("JIRAUSER9", "Olli Owner");
    final ApplicationUser rita = user("JIRAUSER7", "Rita Reader");
    final MutableIssue postmortem;
    final FakeLedger ledger = new FakeLedger();
    final FakeMail mail = new FakeMail();
    volatile Duration writeDelay = Duration.ZERO;
    final NarrativeUpdates narratives;

    AccountFixture() {
        postmortem = jira.issue(60L, "PM-60", SUMMARY, jira.postmortemType, "Open", "new", null);
        when(postmortem.getAssignee()).thenReturn(olli);
        when(postmortem.getCustomFieldValue(jira.narrativeField)).thenAnswer(call -> stored.get());
        // Everybody may browse the postmortem, also as a fresh issue object read by id.
        when(jira.permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS),
                any(com.atlassian.jira.issue.Issue.class), any(ApplicationUser.class))).thenReturn(true);
        when(jira.issueManager.getIssueObject(60L)).thenAnswer(call -> fresh());
        doAnswer(call -> {
            Thread.sleep(writeDelay.toMillis());
            MutableIssue issue = call.getArgument(1);
            stored.set(pending.remove(issue));
            return issue;
        }).when(jira.issueManager).updateIssue(any(ApplicationUser.class), any(MutableIssue.class),
                any(UpdateIssueRequest.class));
        narratives = new NarrativeUpdates(jira.issueManager, new PostmortemFields(jira.lookup), locks,
                Duration.ofSeconds(10));
        store(new Narrative("Checkout failed.", null, List.of(), List.of(PersonalAccount.awaited("JIRAUSER1", "Ana Berg"),
                PersonalAccount.awaited("JIRAUSER2", "Bo Chen")), List.of(), "", null));
    }

    private final Map<MutableIssue, String> pending = new ConcurrentHashMap<>();

    private MutableIssue fresh() {
        MutableIssue issue = mock(MutableIssue.class);
        String value = stored.get();
        when(issue.getId()).thenReturn(60L);
        when(issue.getKey()).thenReturn("PM-60");
        when(issue.getSummary()).thenReturn(SUMMARY);
        when(issue.getAssignee()).thenReturn(olli);
        when(issue.getCustomFieldValue(jira.narrativeField)).thenReturn(value);
        doAnswer(call -> {
            pending.put(issue, call.getArgument(1));
            return null;
        }).when(issue).setCustomFieldValue(eq(jira.narrativeField), any());
        return issue;
    }

    void store(Narrative narrative) {
        stored.set(NarrativeJson.write(narrative));
    }

    Narrative narrative() {
        return NarrativeJson.parse(stored.get()).narrative().orElseThrow();
    }

    void loggedIn(ApplicationUser user) {
        when(jira.authentication.getLoggedInUser()).thenReturn(user);
    }

    AccountRequests requests(boolean mailOn) {
        return new AccountRequests(mailOn ? ledger : null, mailOn ? mail : null, jira.userManager,
                jira.permissionManager, new AccountMail(JiraTexts.english()), new IssueUrls(jira.applicationProperties), clock);
    }

    AccountResource resource(boolean mailOn) {
        return new AccountResource(jira.access, narratives, requests(mailOn), clock);
    }

    AccountPanels panels(Locale locale, boolean mailOn) {
        DateTimeFormatter formatter = mock(DateTimeFormatter.class);
        DateTimeFormatter styled = mock(DateTimeFormatter.class);
        when(formatter.forLoggedInUser()).thenReturn(styled);
        when(styled.withStyle(any(DateTimeStyle.class))).thenReturn(styled);
        when(styled.format(any(java.util.Date.class))).thenAnswer(call -> locale.getLanguage().equals("de")
                ? "25.11.26 10:00" : "25/Nov/26 10:00 AM");
        return new AccountPanels(narratives, requests(mailOn), new UserMessages(JiraTexts.in(locale)), jira.userManager,
                formatter, clock);
    }

    ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class, name);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(name);
        when(jira.userManager.getUserByKey(key)).thenReturn(user);
        return user;
    }

    /** The notice ledger's contract in memory: one claim wins, a failed or stale pending notice may be claimed again. */
    static final class FakeLedger implements NoticeLedger {
        private final Map<NoticeId, State> states = new HashMap<>();
        private final Map<NoticeId, Instant> claimedAt = new HashMap<>();

        @Override
        public synchronized boolean claim(NoticeId id, Instant now, Duration staleAfter) {
            State state = states.get(id);
            boolean free = state == null || state == State.FAILED
                    || (state == State.PENDING && claimedAt.get(id).plus(staleAfter).isBefore(now));
            if (free) {
                states.put(id, State.PENDING);
                claimedAt.put(id, now);
            }
            return free;
        }

        @Override
        public synchronized void markSent(NoticeId id, Instant now) {
            states.put(id, State.SENT);
        }

        @Override
        public synchronized void markFailed(NoticeId id, Instant now) {
            states.put(id, State.FAILED);
        }

        @Override
        public synchronized Optional<State> state(NoticeId id) {
            return Optional.ofNullable(states.get(id));
        }
    }

    /** Jira's mail in memory: what was queued to whom; refuses while {@link #refuse} is set. */
    static final class FakeMail implements UserMail {
        final List<Map.Entry<String, MailContent>> queued = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Locale> languages = new ConcurrentHashMap<>();
        volatile boolean refuse;
        volatile boolean available = true;

        @Override
        public boolean isAvailable() {
            return available;
        }

        @Override
        public Locale languageOf(ApplicationUser user) {
            return languages.getOrDefault(user.getKey(), Locale.ENGLISH);
        }

        @Override
        public boolean queue(ApplicationUser to, MailContent content) throws NotQueued {
            if (refuse) {
                throw new NotQueued("no mail server yet", null);
            }
            queued.add(Map.entry(to.getKey(), content));
            return true;
        }

        List<String> recipients() {
            synchronized (queued) {
                return queued.stream().map(Map.Entry::getKey).toList();
            }
        }
    }
}
