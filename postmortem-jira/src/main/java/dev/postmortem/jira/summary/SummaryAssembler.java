package dev.postmortem.jira.summary;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import dev.postmortem.core.actions.ProportionalityCheck;
import dev.postmortem.core.narrative.FollowUpExpectation;
import dev.postmortem.core.narrative.Impact;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.PersonalAccount;
import dev.postmortem.core.narrative.TimelineSource;
import dev.postmortem.core.summary.DebriefSummary;
import dev.postmortem.core.summary.SummaryAccount;
import dev.postmortem.core.summary.SummaryAction;
import dev.postmortem.core.summary.SummaryImpact;
import dev.postmortem.core.summary.SummaryOmissions;
import dev.postmortem.core.summary.SummaryProportionality;
import dev.postmortem.core.summary.SummaryTimelineEntry;
import dev.postmortem.jira.decision.DecidableActions;
import dev.postmortem.jira.host.IssueUrls;
import dev.postmortem.jira.storage.SoakPolicyStore;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Builds the live {@link DebriefSummary} of a postmortem for one caller: the narrative, when the debrief was held
 * and when its soak ends (the project's soak policy), the actions the caller may see with their states, and the
 * proportionality signal of those actions against the impact. Computed on every call: the summary is a view of
 * the process, not a copy of it.
 *
 * <p>Mapping choices (the summary contract has fewer fields than the narrative):
 * <ul>
 *   <li>timeline entries without a time are left out (the contract needs one); authors appear by display name;</li>
 *   <li>the impact is shown when its start is known (the contract needs it);</li>
 *   <li>"what we learned" becomes one learning per paragraph ({@link Narrative#learnings()});</li>
 *   <li>the incidents named are those it "is postmortem of" that the caller may browse ({@link LinkedIncidents});</li>
 *   <li>proportionality is the core's ({@link SummaryProportionality#assess}) over the visible actions only;
 *       it needs the impact's start and end.</li>
 * </ul>
 */
public class SummaryAssembler {

    private final PostmortemContent content;
    private final VisibleActions visibleActions;
    private final LinkedIncidents linkedIncidents;
    private final SoakPolicyStore soakPolicies;
    private final IssueUrls issueUrls;
    private final Clock clock;
    private final ProportionalityCheck proportionalityCheck = ProportionalityCheck.withDefaults();

    public SummaryAssembler(PostmortemContent content, VisibleActions visibleActions, SoakPolicyStore soakPolicies,
            ApplicationProperties applicationProperties, Clock clock, LinkedIncidents linkedIncidents) {
        this.content = content;
        this.visibleActions = visibleActions;
        this.linkedIncidents = linkedIncidents;
        this.soakPolicies = soakPolicies;
        this.issueUrls = new IssueUrls(applicationProperties);
        this.clock = clock;
    }

    /** The caller must be allowed to browse {@code postmortem}; the resource checks that before calling. */
    public DebriefSummary summarise(Issue postmortem, ApplicationUser caller) {
        return assemble(postmortem, visibleActions.of(postmortem, caller), linkedIncidents.of(postmortem, caller));
    }

    /**
     * As {@link #summarise(Issue, ApplicationUser)}, with the linked actions decided by {@code mayBrowseAction} (the
     * browse check for {@code caller}, asked once per linked action and incident): the postmortem panel shares its per-render
     * answer with its Process part this way.
     */
    public DebriefSummary summarise(Issue postmortem, ApplicationUser caller, Predicate<Issue> mayBrowseAction) {
        return assemble(postmortem, visibleActions.of(postmortem, caller, mayBrowseAction),
                linkedIncidents.of(postmortem, mayBrowseAction));
    }

    /**
     * As {@link #summarise(Issue, ApplicationUser)}, with the linked actions read already for {@code caller} (the
     * postmortem panel's reading, shared with its Process part): no further link or log read.
     */
    public DebriefSummary summarise(Issue postmortem, ApplicationUser caller, DecidableActions.Read actions) {
        return assemble(postmortem, visibleActions.of(actions, caller), linkedIncidents.of(postmortem, caller));
    }

    private DebriefSummary assemble(Issue postmortem, List<SummaryAction> actions, List<String> incidentKeys) {
        Narrative narrative = content.narrative(postmortem);
        Optional<Instant> debriefHeldAt = content.debriefHeldAt(postmortem);
        Instant soakEndsAt = debriefHeldAt
                .map(heldAt -> soakPolicies.effectiveFor(postmortem.getProjectId()).soakEndsAt(heldAt))
                .orElse(null);
        return new DebriefSummary(
                DebriefSummary.CONTRACT_VERSION,
                postmortem.getKey(),
                orEmpty(postmortem.getSummary()),
                postmortem.getStatus() == null ? "" : orEmpty(postmortem.getStatus().getName()),
                issueUrls.browse(postmortem.getKey()),
                debriefHeldAt.orElse(null),
                soakEndsAt,
                narrative.failureClass(),
                narrative.followUpExpectation().map(FollowUpExpectation::messageKey).orElse(null),
                narrative.summary(),
                impact(narrative.impact()),
                narrative.timeline().stream()
                        .filter(entry -> entry.time() != null && !entry.text().isEmpty())
                        .map(entry -> new SummaryTimelineEntry(entry.time(), entry.text(),
                                entry.author().map(content::displayName).orElse(null),
                                entry.recordedBy().map(TimelineSource::issueKey).filter(key -> !key.isEmpty())
                                        .orElse(null)))
                        .toList(),
                // Awaited accounts (nothing written yet) are no part of the debrief; each written one names its
                // author, and the owner when the owner corrected it (issue 15, ADR 0024).
                narrative.accounts().stream()
                        .filter(PersonalAccount::isWritten)
                        .map(a -> new SummaryAccount(displayName(a.participantDisplayName(), a.participantUserKey()),
                                a.role(), a.whatTheySawAndKnew(), a.whatTheyDid(), a.whyItMadeSense(),
                                a.whatWouldHaveHelped(),
                                a.isLastEditedByOther() ? content.displayName(a.lastEditedByUserKey()) : ""))
                        .toList(),
                narrative.contributingFactors(),
                narrative.learnings(),
                actions,
                SummaryProportionality.assess(narrative.impact(), actions, proportionalityCheck).orElse(null),
                clock.instant(),
                SummaryOmissions.NONE,
                incidentKeys);
    }

    private String displayName(String recordedName, String userKey) {
        return recordedName.isEmpty() ? content.displayName(userKey) : recordedName;
    }


    private static SummaryImpact impact(Impact impact) {
        if (impact.start() == null) {
            return null;
        }
        return new SummaryImpact(impact.start(), impact.end(), impact.detectedAt(),
                impact.severity().isEmpty() ? null : impact.severity(), impact.description());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
