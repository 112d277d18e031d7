package dev.postmortem.jira.account;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.core.language.BlamelessLanguageCheck;
import dev.postmortem.core.language.Finding;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.PersonalAccount;
import dev.postmortem.jira.host.Json;
import dev.postmortem.jira.host.RestProblem;
import dev.postmortem.jira.host.UserDateTimes;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.jira.narrative.NarrativeFindingView;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the account panel for one viewer. A participant gets the form of their own account; the owner gets the list,
 * the button that asks the awaited participants (or, with mail off, whom to ask in person) and may choose an account
 * to correct; anybody else who can see the postmortem sees who has written, and no form. The form holds what is saved
 * in the narrative only.
 */
public class AccountPanels {

    static final String P = "postmortem.jira.account.";

    private final NarrativeUpdates narratives;
    private final AccountRequests requests;
    private final UserMessages messages;
    private final UserManager users;
    private final UserDateTimes dateTimes;
    private final Clock clock;
    private final BlamelessLanguageCheck coach = BlamelessLanguageCheck.defaults();

    public AccountPanels(NarrativeUpdates narratives, AccountRequests requests, UserMessages messages,
            UserManager users, DateTimeFormatter dateTimeFormatter, Clock clock) {
        this.narratives = Objects.requireNonNull(narratives, "narratives");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.users = Objects.requireNonNull(users, "users");
        this.dateTimes = new UserDateTimes(dateTimeFormatter);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** "3 of 5 accounts written" in the viewer's language; shared with the narrative view's wording. */
    public String progress(Narrative narrative) {
        return messages.text(P + "progress", narrative.writtenAccounts(), narrative.accounts().size());
    }

    public AccountPanelView view(Issue postmortem, ApplicationUser viewer) {
        Narrative narrative;
        try {
            narrative = narratives.read(postmortem);
        } catch (RestProblem unreadable) {
            // The narrative field itself explains an unreadable value; the panel offers nothing to write over it.
            return new AccountPanelView(postmortem.getKey(), messages.text(P + "unreadable"), List.of(), null, "",
                    false, false, "", 0, "[]");
        }
        boolean owner = PostmortemOwner.is(viewer, postmortem);
        Optional<PersonalAccount> own = viewer == null ? Optional.empty() : narrative.account(viewer.getKey());
        List<AccountRowView> rows = narrative.accounts().stream().map(this::row).toList();
        List<String> participantNames = narrative.accounts().stream().map(PersonalAccount::participantName).toList();

        AccountFormView form = own.map(account -> form(account, viewer, participantNames, true)).orElse(null);
        if (form == null && owner && !narrative.accounts().isEmpty()) {
            // The owner corrects one account at a time; the first is shown, the others are chosen in the panel.
            form = form(narrative.accounts().get(0), viewer, participantNames, false);
        }
        String notAllowed = form == null && !narrative.accounts().isEmpty()
                ? messages.text(P + "notAllowed") : "";
        if (narrative.accounts().isEmpty()) {
            notAllowed = messages.text(P + "noParticipants");
        }
        List<String> awaited = narrative.accounts().stream().filter(a -> !a.isWritten())
                .map(PersonalAccount::participantName).toList();
        boolean canAsk = owner && requests.isOn() && !awaited.isEmpty();
        String mailOff = owner && !requests.isOn() && !awaited.isEmpty()
                ? messages.text(P + "mailOff", String.join(", ", awaited)) : "";
        return new AccountPanelView(postmortem.getKey(), progress(narrative), rows, form, notAllowed, owner, canAsk,
                mailOff, clock.millis(), owner ? participantsJson(narrative) : "[]");
    }

    private AccountRowView row(PersonalAccount account) {
        String status = !account.isWritten() ? messages.text(P + "status.awaited")
                : account.isLastEditedByOther() ? messages.text(P + "status.corrected")
                : messages.text(P + "status.written");
        return new AccountRowView(account.participantName(), status, account.isWritten());
    }

    private AccountFormView form(PersonalAccount account, ApplicationUser viewer, List<String> participants,
            boolean own) {
        String heading = own ? messages.text(P + "form.own") : messages.text(P + "form.other", account.participantName());
        String intro = own ? messages.text(P + "form.intro") : messages.text(P + "form.introOwner");
        return new AccountFormView(account.participantUserKey(), heading, intro, account.role(), account.whatTheySawAndKnew(),
                account.whatTheyDid(), account.whyItMadeSense(), account.whatWouldHaveHelped(),
                savedNote(account, viewer), findings(account, participants));
    }

    private String savedNote(PersonalAccount account, ApplicationUser viewer) {
        if (!account.isWritten()) {
            return messages.text(P + "saved.not");
        }
        if (account.lastEditedAt() == null || account.lastEditedByUserKey().isEmpty()) {
            return messages.text(P + "saved.unknown");
        }
        String when = dateTimes.format(account.lastEditedAt());
        if (viewer != null && account.lastEditedByUserKey().equals(viewer.getKey())) {
            return messages.text(P + "saved.byYou", when);
        }
        ApplicationUser editor = users.getUserByKey(account.lastEditedByUserKey());
        String who = editor == null || editor.getDisplayName() == null ? account.lastEditedByUserKey()
                : editor.getDisplayName();
        return messages.text(P + "saved.by", who, when);
    }

    /** The coach's hints on the saved texts, labelled with the prompt, in the viewer's language. */
    List<NarrativeFindingView> findings(PersonalAccount account, List<String> participants) {
        Locale locale = messages.locale();
        List<NarrativeFindingView> findings = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(P + "prompt.saw", account.whatTheySawAndKnew());
        texts.put(P + "prompt.did", account.whatTheyDid());
        texts.put(P + "prompt.why", account.whyItMadeSense());
        texts.put(P + "prompt.helped", account.whatWouldHaveHelped());
        texts.forEach((label, text) -> {
            for (Finding finding : coach.check(text, locale, participants)) {
                findings.add(new NarrativeFindingView(messages.text(label), finding.matchedText(),
                        messages.text(finding.messageKey(), finding.messageArgs()),
                        messages.text(finding.questionKey())));
            }
        });
        return findings;
    }

    /** The saved accounts the owner may choose to correct (what anybody who can see the narrative can read). */
    private static String participantsJson(Narrative narrative) {
        List<Map<String, String>> participants = new ArrayList<>();
        for (PersonalAccount account : narrative.accounts()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("key", account.participantUserKey());
            entry.put("name", account.participantName());
            entry.put("role", account.role());
            entry.put("whatTheySawAndKnew", account.whatTheySawAndKnew());
            entry.put("whatTheyDid", account.whatTheyDid());
            entry.put("whyItMadeSense", account.whyItMadeSense());
            entry.put("whatWouldHaveHelped", account.whatWouldHaveHelped());
            participants.add(entry);
        }
        return Json.write(participants);
    }
}
