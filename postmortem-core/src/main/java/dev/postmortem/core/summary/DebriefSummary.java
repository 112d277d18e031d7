package dev.postmortem.core.summary;

import dev.postmortem.core.narrative.FailureClass;

import java.time.Instant;
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
        Instant generatedAt) {

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
        whatHappened = whatHappened == null ? "" : whatHappened;
        timeline = copy(timeline);
        accounts = copy(accounts);
        contributingFactors = copy(contributingFactors);
        learnings = copy(learnings);
        actions = copy(actions);
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
