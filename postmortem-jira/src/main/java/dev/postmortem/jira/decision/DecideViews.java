package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.decision.Choice;
import dev.postmortem.core.decision.DecidableAction;
import dev.postmortem.core.decision.DropReason;
import dev.postmortem.core.decision.RecordedDecision;
import dev.postmortem.core.decision.ReminderPolicy;
import dev.postmortem.jira.host.IssueUrls;
import dev.postmortem.jira.storage.DecisionSettings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Builds a postmortem's {@link DecideView} for a viewer from the shared reader ({@link DecidableActions}): only
 * actions the viewer may browse appear. Controls go to the postmortem's owner (assignee, else reporter) and to
 * project admins; whether Jira then lets them run the transition is Jira's check when they decide.
 *
 * <p>"Overdue for a decision": still awaiting one at the reminder due date, the project's {@link ReminderPolicy}
 * as {@link ReminderPolicies} gives it to the reminder mail too, so the panel and the mail name the same date.
 */
public class DecideViews {

    static final String STATE_KEY = "postmortem.jira.decision.state.";
    static final String DECIDED_KEY = "postmortem.jira.decision.decided.";
    static final List<String> ALL_CHOICES = List.of(Choice.COMMIT.name(), Choice.DROP.name(), Choice.KEEP.name());

    private final DecidableActions actions;
    private final ReminderPolicies reminderPolicies;
    private final DecisionTexts texts;
    private final IssueUrls urls;
    private final Clock clock;

    public DecideViews(DecidableActions actions, ReminderPolicies reminderPolicies, DecisionTexts texts, IssueUrls urls,
            Clock clock) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.reminderPolicies = Objects.requireNonNull(reminderPolicies, "reminderPolicies");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.urls = Objects.requireNonNull(urls, "urls");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether {@code viewer} gets controls: the postmortem's owner (assignee, else reporter) or a project admin. */
    public static boolean mayDecide(Issue postmortem, ApplicationUser viewer, boolean projectAdmin) {
        if (viewer == null) {
            return false;
        }
        if (projectAdmin) {
            return true;
        }
        String owner = postmortem.getAssigneeId() != null && !postmortem.getAssigneeId().isBlank()
                ? postmortem.getAssigneeId() : postmortem.getReporterId();
        return owner != null && owner.equals(viewer.getKey());
    }

    public DecideView of(Issue postmortem, Predicate<Issue> mayBrowse, boolean canDecide) {
        ReminderPolicies.ForProject project = reminderPolicies.forProject(postmortem.getProjectId());
        DecisionSettings projectSettings = project.settings();
        DecidableActions.Read read = actions.of(postmortem, mayBrowse, projectSettings.notDoingResolutionId());
        Instant now = clock.instant();
        Optional<Instant> soakEnd = read.actions().soakEnd().filter(end -> !now.isBefore(end));
        Optional<Instant> due = soakEnd.map(project.policy()::dueAt);
        boolean overdueNow = due.isPresent() && !now.isBefore(due.get());
        List<DecideRow> awaiting = new ArrayList<>();
        List<DecideRow> decided = new ArrayList<>();
        List<DecidableAction> awaitingActions = read.actions().awaitingDecisionAt(now);
        for (DecidableAction action : read.actions().actions()) {
            Issue issue = read.issues().get(action.actionId());
            if (awaitingActions.contains(action)) {
                awaiting.add(row(issue, action, read, overdueNow, canDecide ? ALL_CHOICES : List.of()));
            } else if (soakEnd.isPresent() && action.recordedDecision()
                    .filter(decision -> !decision.at().isBefore(soakEnd.get())).isPresent()) {
                decided.add(row(issue, action, read, false, List.of()));
            }
        }
        return new DecideView(postmortem.getKey(), soakEnd.isPresent(),
                soakEnd.map(texts::dateTime).orElse(""), due.map(texts::dateTime).orElse(""), canDecide,
                projectSettings.notDoingResolutionId().isPresent(), DropReason.MAX_CHARS, awaiting, decided);
    }

    private DecideRow row(Issue issue, DecidableAction action, DecidableActions.Read read, boolean overdue,
            List<String> choices) {
        String assignee = issue.getAssigneeId() == null || issue.getAssigneeId().isBlank()
                ? "" : texts.userName(issue.getAssigneeId());
        Optional<RecordedDecision> decision = action.recordedDecision();
        String decisionText = decision.map(d -> texts.text(
                DECIDED_KEY + d.choice().name().toLowerCase(Locale.ROOT), texts.dateTime(d.at()))).orElse("");
        String reason = decision.filter(d -> d.choice() == Choice.DROP)
                .flatMap(d -> read.decisions().dropReason(action.actionId())).orElse("");
        return new DecideRow(action.actionId(), issue.getKey(), nullToEmpty(issue.getSummary()),
                urls.browse(issue.getKey()), issue.getReporterId() == null ? "" : texts.userName(issue.getReporterId()), assignee,
                texts.text(STATE_KEY + stateWord(action.state())), decisionText, reason, overdue, choices);
    }

    private static String stateWord(ActionState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
