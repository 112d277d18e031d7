package dev.postmortem.core.summary;

import dev.postmortem.core.narrative.FailureClass;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The debrief summary of one postmortem: the contract between the Jira REST resource
 * ({@code GET /rest/postmortem/1.0/summary/{issueKey}}) and the Confluence macro.
 * <p>
 * Immutable and JSON-friendly: plain strings, {@link Instant}s, enums and lists; components documented as
 * optional may be {@code null} (the {@code Optional} views exist for Java callers). Lists are never null.
 * It is a live view, computed when asked ({@link #generatedAt()}), not a frozen copy.
 *
 * @param contractVersion        major version of this contract; {@link #CONTRACT_VERSION} for anything built now
 * @param issueKey               key of the postmortem issue, e.g. {@code INC-42}
 * @param title                  summary (title) of the postmortem issue
 * @param statusName             the issue's workflow status name, as Jira shows it
 * @param issueUrl               absolute URL of the issue as Jira gives it; rendered as a link only if http(s)
 * @param debriefHeldAt          when the debrief was held; optional
 * @param soakEndsAt             when the soak time after the debrief ends; optional
 * @param failureClass           the failure class chosen in the narrative; optional
 * @param followUpExpectationKey core i18n key of the follow-up the failure class implies; optional
 * @param whatHappened           the narrative's "what happened" text; may be empty
 * @param impact                 the impact; optional
 * @param timeline               timeline entries in narrative order
 * @param accounts               personal accounts, one per participant
 * @param contributingFactors    contributing factors, one text each
 * @param learnings              what we learned, one text each
 * @param actions                follow-up actions the caller may see
 * @param proportionality        the proportionality signal of the actions; optional
 * @param generatedAt            when this summary was computed
 * @param omitted                how many list items are left out to stay within {@link SummaryLimits}; null is none
 * @param incidentKeys           keys of the incidents this is the postmortem of (linked "is postmortem of") that
 *                               the caller may see; empty when none is, or when the answer predates the field
 *
 * <p>Every part is bounded on construction ({@link SummaryLimits}): texts are cut with "…", lists beyond their
 * limits are counted in {@link #omitted()}, unsafe characters are replaced. Bounding is idempotent, so
 * {@code SummaryJson.read(SummaryJson.write(s))} equals {@code s}.
 */
public record DebriefSummary(
        int contractVersion,
        String issueKey,
        String title,
        String statusName,
        String issueUrl,
        Instant debriefHeldAt,
        Instant soakEndsAt,
        FailureClass failureClass,
        String followUpExpectationKey,
        String whatHappened,
        SummaryImpact impact,
        List<SummaryTimelineEntry> timeline,
        List<SummaryAccount> accounts,
        List<String> contributingFactors,
        List<String> learnings,
        List<SummaryAction> actions,
        SummaryProportionality proportionality,
        Instant generatedAt,
        SummaryOmissions omitted,
        List<String> incidentKeys) {

    /** The contract's current major version, written as the JSON {@code version} field. */
    public static final int CONTRACT_VERSION = 1;

    public DebriefSummary {
        if (contractVersion < 1) {
            throw new IllegalArgumentException("contractVersion must be >= 1");
        }
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(statusName, "statusName");
        Objects.requireNonNull(issueUrl, "issueUrl");
        Objects.requireNonNull(generatedAt, "generatedAt");
        timeline = copy(timeline);
        accounts = copy(accounts);
        contributingFactors = copy(contributingFactors);
        learnings = copy(learnings);
        actions = copy(actions);
        incidentKeys = copy(incidentKeys);
        issueKey = SummaryLimits.cut(issueKey, SummaryLimits.MAX_LABEL_CHARS);
        title = SummaryLimits.cut(title, SummaryLimits.MAX_LABEL_CHARS);
        statusName = SummaryLimits.cut(statusName, SummaryLimits.MAX_LABEL_CHARS);
        issueUrl = SummaryLimits.cut(issueUrl, SummaryLimits.MAX_URL_CHARS);
        followUpExpectationKey = SummaryLimits.cut(followUpExpectationKey, SummaryLimits.MAX_LABEL_CHARS);

        SummaryLimits.Budget narrative = new SummaryLimits.Budget(SummaryLimits.MAX_NARRATIVE_CHARS);
        whatHappened = narrative.take(whatHappened == null ? "" : whatHappened, SummaryLimits.MAX_TEXT_CHARS);
        if (impact != null) {
            impact = new SummaryImpact(impact.start(), impact.end(), impact.detectedAt(),
                    SummaryLimits.cut(impact.severity(), SummaryLimits.MAX_LABEL_CHARS),
                    narrative.take(impact.text(), SummaryLimits.MAX_TEXT_CHARS));
        }
        List<SummaryTimelineEntry> keptTimeline = new ArrayList<>();
        for (SummaryTimelineEntry entry : timeline) {
            if (keptTimeline.size() < SummaryLimits.MAX_TIMELINE_ENTRIES && !narrative.exhausted()) {
                keptTimeline.add(new SummaryTimelineEntry(entry.at(),
                        narrative.take(entry.text(), SummaryLimits.MAX_TEXT_CHARS),
                        narrative.take(entry.author(), SummaryLimits.MAX_LABEL_CHARS),
                        SummaryLimits.cut(entry.recordedOn(), SummaryLimits.MAX_LABEL_CHARS)));
            }
        }
        List<SummaryAccount> keptAccounts = new ArrayList<>();
        for (SummaryAccount account : accounts) {
            if (keptAccounts.size() < SummaryLimits.MAX_ACCOUNTS && !narrative.exhausted()) {
                keptAccounts.add(new SummaryAccount(
                        narrative.take(account.displayName(), SummaryLimits.MAX_LABEL_CHARS),
                        narrative.take(account.role(), SummaryLimits.MAX_LABEL_CHARS),
                        narrative.take(account.sawAndKnew(), SummaryLimits.MAX_TEXT_CHARS),
                        narrative.take(account.did(), SummaryLimits.MAX_TEXT_CHARS),
                        narrative.take(account.whyItMadeSense(), SummaryLimits.MAX_TEXT_CHARS),
                        narrative.take(account.whatWouldHaveHelped(), SummaryLimits.MAX_TEXT_CHARS),
                        narrative.take(account.editedBy(), SummaryLimits.MAX_LABEL_CHARS)));
            }
        }
        List<String> keptFactors = texts(contributingFactors, SummaryLimits.MAX_CONTRIBUTING_FACTORS, narrative);
        List<String> keptLearnings = texts(learnings, SummaryLimits.MAX_LEARNINGS, narrative);

        SummaryLimits.Budget actionTexts = new SummaryLimits.Budget(SummaryLimits.MAX_ACTIONS_CHARS);
        List<SummaryAction> keptActions = new ArrayList<>();
        for (SummaryAction action : actions) {
            if (keptActions.size() < SummaryLimits.MAX_ACTIONS && !actionTexts.exhausted()) {
                keptActions.add(new SummaryAction(
                        actionTexts.take(action.issueKey(), SummaryLimits.MAX_LABEL_CHARS),
                        actionTexts.take(action.summary(), SummaryLimits.MAX_LABEL_CHARS),
                        action.state(),
                        actionTexts.take(action.statusName(), SummaryLimits.MAX_LABEL_CHARS),
                        actionTexts.take(action.notDoingReason(), SummaryLimits.MAX_REASON_CHARS),
                        action.droppedAfterSoakAt()));
            }
        }
        if (proportionality != null) {
            List<String> args = proportionality.messageArgs();
            proportionality = new SummaryProportionality(proportionality.proposedCount(),
                    proportionality.committedCount(), proportionality.heavy(),
                    SummaryLimits.cut(proportionality.messageKey(), SummaryLimits.MAX_LABEL_CHARS),
                    args.subList(0, Math.min(args.size(), SummaryLimits.MAX_MESSAGE_ARGS)).stream()
                            .map(arg -> SummaryLimits.cut(arg, SummaryLimits.MAX_LABEL_CHARS)).toList());
        }
        List<String> keptIncidents = incidentKeys.subList(0, Math.min(incidentKeys.size(),
                SummaryLimits.MAX_INCIDENTS)).stream().map(key -> SummaryLimits.cut(key, SummaryLimits.MAX_LABEL_CHARS))
                .toList();
        omitted = (omitted == null ? SummaryOmissions.NONE : omitted).plus(new SummaryOmissions(
                timeline.size() - keptTimeline.size(), accounts.size() - keptAccounts.size(),
                contributingFactors.size() - keptFactors.size(), learnings.size() - keptLearnings.size(),
                actions.size() - keptActions.size(), incidentKeys.size() - keptIncidents.size()));
        timeline = List.copyOf(keptTimeline);
        accounts = List.copyOf(keptAccounts);
        contributingFactors = List.copyOf(keptFactors);
        learnings = List.copyOf(keptLearnings);
        actions = List.copyOf(keptActions);
        incidentKeys = keptIncidents;
    }

    /** A summary that names no incident (the signature before incidents were named; existing callers keep it). */
    public DebriefSummary(int contractVersion, String issueKey, String title, String statusName, String issueUrl,
            Instant debriefHeldAt, Instant soakEndsAt, FailureClass failureClass, String followUpExpectationKey,
            String whatHappened, SummaryImpact impact, List<SummaryTimelineEntry> timeline,
            List<SummaryAccount> accounts, List<String> contributingFactors, List<String> learnings,
            List<SummaryAction> actions, SummaryProportionality proportionality, Instant generatedAt,
            SummaryOmissions omitted) {
        this(contractVersion, issueKey, title, statusName, issueUrl, debriefHeldAt, soakEndsAt, failureClass,
                followUpExpectationKey, whatHappened, impact, timeline, accounts, contributingFactors, learnings,
                actions, proportionality, generatedAt, omitted, List.of());
    }

    /** A summary that holds everything it is given, within {@link SummaryLimits} (see the record's comment). */
    public DebriefSummary(int contractVersion, String issueKey, String title, String statusName, String issueUrl,
            Instant debriefHeldAt, Instant soakEndsAt, FailureClass failureClass, String followUpExpectationKey,
            String whatHappened, SummaryImpact impact, List<SummaryTimelineEntry> timeline,
            List<SummaryAccount> accounts, List<String> contributingFactors, List<String> learnings,
            List<SummaryAction> actions, SummaryProportionality proportionality, Instant generatedAt) {
        this(contractVersion, issueKey, title, statusName, issueUrl, debriefHeldAt, soakEndsAt, failureClass,
                followUpExpectationKey, whatHappened, impact, timeline, accounts, contributingFactors, learnings,
                actions, proportionality, generatedAt, SummaryOmissions.NONE);
    }

    private static List<String> texts(List<String> texts, int maxCount, SummaryLimits.Budget budget) {
        List<String> kept = new ArrayList<>();
        for (String text : texts) {
            if (kept.size() < maxCount && !budget.exhausted()) {
                kept.add(budget.take(text, SummaryLimits.MAX_TEXT_CHARS));
            }
        }
        return kept;
    }

    public Optional<Instant> debriefHeldAtIfKnown() {
        return Optional.ofNullable(debriefHeldAt);
    }

    public Optional<Instant> soakEndsAtIfKnown() {
        return Optional.ofNullable(soakEndsAt);
    }

    public Optional<FailureClass> failureClassIfKnown() {
        return Optional.ofNullable(failureClass);
    }

    public Optional<SummaryImpact> impactIfKnown() {
        return Optional.ofNullable(impact);
    }

    public Optional<SummaryProportionality> proportionalityIfKnown() {
        return Optional.ofNullable(proportionality);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
