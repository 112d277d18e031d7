package dev.postmortem.jira.narrative;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import dev.postmortem.core.language.BlamelessLanguageCheck;
import dev.postmortem.core.language.Finding;
import dev.postmortem.core.narrative.FailureClass;
import dev.postmortem.core.narrative.Impact;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.PersonalAccount;
import dev.postmortem.core.narrative.Problem;
import dev.postmortem.jira.host.UserDateTimes;
import dev.postmortem.jira.host.UserMessages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link NarrativeView} for one viewer: reads the stored JSON through the core, formats times as Jira
 * does for the viewer ({@link UserDateTimes}: their zone, language and Jira's date-time format) and, for people
 * who may edit the issue, adds the blame-language hints of every text field.
 * Readers do not get the hints: they are a writing aid, not a verdict on the people named.
 */
public class NarrativeViews {

    private final UserMessages messages;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final UserDateTimes dateTimes;
    private final ProblemTexts problemTexts;
    private final BlamelessLanguageCheck languageCheck = BlamelessLanguageCheck.defaults();

    public NarrativeViews(UserMessages messages, PermissionManager permissionManager,
            JiraAuthenticationContext authenticationContext, DateTimeFormatter dateTimeFormatter) {
        this.messages = messages;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.dateTimes = new UserDateTimes(dateTimeFormatter);
        this.problemTexts = new ProblemTexts(messages);
    }

    /** @param issue the issue shown; null where Jira renders a field without one (e.g. a default value) */
    public NarrativeView view(String storedJson, Issue issue) {
        NarrativeCheck check = NarrativeCheck.of(storedJson);
        if (check.isEmpty()) {
            return NarrativeView.nothing();
        }
        if (check.narrative().isEmpty()) {
            return NarrativeView.unreadable(check.problems().stream().map(problemTexts::describe).toList());
        }
        Narrative narrative = check.narrative().get();
        return new NarrativeView(false, List.of(), narrative.summary(), impact(narrative.impact()),
                narrative.timeline().stream()
                        .map(entry -> new NarrativeTimelineRow(format(entry.time()), entry.text()))
                        .toList(),
                narrative.accounts().stream()
                        .map(a -> new NarrativeAccountView(a.participantName(), a.role(), a.whatTheySawAndKnew(),
                                a.whatTheyDid(), a.whyItMadeSense(), a.whatWouldHaveHelped(), a.isWritten(),
                                a.isLastEditedByOther()))
                        .toList(),
                messages.text("postmortem.jira.account.progress", narrative.writtenAccounts(),
                        narrative.accounts().size()),
                narrative.contributingFactors(), narrative.whatWeLearned(),
                narrative.decidedFailureClass().map(this::failureClassLabel).orElse(""),
                narrative.followUpExpectation().map(e -> messages.text(e.messageKey())).orElse(""),
                Lazy.of(() -> mayEdit(issue) ? List.copyOf(findings(narrative)) : List.<NarrativeFindingView>of()));
    }

    /** The blame-language hints of every text of the narrative, labelled with where they are. */
    List<NarrativeFindingView> findings(Narrative narrative) {
        List<NarrativeFindingView> findings = new ArrayList<>();
        List<String> participants = narrative.accounts().stream().map(PersonalAccount::participantName).toList();
        java.util.Locale locale = messages.locale();
        lint(findings, participants, locale, "summary", narrative.summary());
        lint(findings, participants, locale, "impact.description", narrative.impact().description());
        for (int i = 0; i < narrative.timeline().size(); i++) {
            lint(findings, participants, locale, "timeline[" + i + "].text", narrative.timeline().get(i).text());
        }
        for (int i = 0; i < narrative.accounts().size(); i++) {
            PersonalAccount account = narrative.accounts().get(i);
            String path = "accounts[" + i + "].";
            lint(findings, participants, locale, path + "whatTheySawAndKnew", account.whatTheySawAndKnew());
            lint(findings, participants, locale, path + "whatTheyDid", account.whatTheyDid());
            lint(findings, participants, locale, path + "whyItMadeSense", account.whyItMadeSense());
            lint(findings, participants, locale, path + "whatWouldHaveHelped", account.whatWouldHaveHelped());
        }
        for (int i = 0; i < narrative.contributingFactors().size(); i++) {
            lint(findings, participants, locale, "contributingFactors[" + i + "]", narrative.contributingFactors().get(i));
        }
        lint(findings, participants, locale, "whatWeLearned", narrative.whatWeLearned());
        return findings;
    }

    private void lint(List<NarrativeFindingView> findings, List<String> participants, java.util.Locale locale,
            String path, String text) {
        if (text.isEmpty()) {
            return;
        }
        for (Finding finding : languageCheck.check(text, locale, participants)) {
            findings.add(new NarrativeFindingView(problemTexts.where(path), finding.matchedText(),
                    messages.text(finding.messageKey(), finding.messageArgs()), messages.text(finding.questionKey())));
        }
    }

    private boolean mayEdit(Issue issue) {
        return issue != null && permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, issue,
                authenticationContext.getLoggedInUser());
    }

    private NarrativeImpactView impact(Impact impact) {
        if (impact.start() == null && impact.end() == null && impact.detectedAt() == null
                && impact.severity().isEmpty() && impact.description().isEmpty()) {
            return null;
        }
        return new NarrativeImpactView(format(impact.start()), format(impact.end()), format(impact.detectedAt()),
                impact.severity(), impact.description());
    }

    String failureClassLabel(FailureClass failureClass) {
        return switch (failureClass) {
            case CONTROLLABLE -> messages.text("postmortem.narrative.failureClass.CONTROLLABLE");
            case NOVEL -> messages.text("postmortem.narrative.failureClass.NOVEL");
            case EXTERNAL_DEPENDENCY -> messages.text("postmortem.narrative.failureClass.EXTERNAL_DEPENDENCY");
        };
    }

    /** In the viewer's zone, language and Jira date-time format; empty when not filled in. */
    private String format(Instant instant) {
        return instant == null ? "" : dateTimes.format(instant);
    }

    /** Translated sentences for problems, for the edit form's error messages. */
    public List<String> describe(List<Problem> problems) {
        return problems.stream().map(problemTexts::describe).toList();
    }
}
