package dev.postmortem.jira.narrative;

import java.util.List;

/**
 * What the narrative field's view template shows: immutable, every text as the user wrote it (Jira's Velocity
 * escapes each reference), times already formatted for the viewer. The template calls exactly the accessors
 * listed in the {@code <velocity-allowlist>} of atlassian-plugin.xml.
 *
 * @param empty          nothing written yet
 * @param problems       why a stored value cannot be shown (e.g. written by a newer app version); else empty
 * @param summary        what happened
 * @param impact         the impact, or null when none of it is filled in
 * @param timeline       timeline rows in the order written
 * @param accounts       personal accounts
 * @param accountsProgress "3 of 5 accounts written" (translated); empty when the narrative names no participant
 * @param factors        contributing factors
 * @param learned        what we learned
 * @param failureClass   the failure class in words, empty until decided
 * @param followUp       the follow-up the failure class calls for, in words; empty until decided
 * @param lazyFindings   blame-language hints, worked out on first use (a column view never asks); only for people
 *                       who may edit the issue, else empty
 */
public record NarrativeView(
        boolean empty,
        List<String> problems,
        String summary,
        NarrativeImpactView impact,
        List<NarrativeTimelineRow> timeline,
        List<NarrativeAccountView> accounts,
        String accountsProgress,
        List<String> factors,
        String learned,
        String failureClass,
        String followUp,
        Lazy<List<NarrativeFindingView>> lazyFindings) {

    public NarrativeView {
        problems = List.copyOf(problems);
        timeline = List.copyOf(timeline);
        accounts = List.copyOf(accounts);
        factors = List.copyOf(factors);
    }

    static NarrativeView nothing() {
        return new NarrativeView(true, List.of(), "", null, List.of(), List.of(), "", List.of(), "", "", "",
                Lazy.of(List.of()));
    }

    static NarrativeView unreadable(List<String> problems) {
        return new NarrativeView(false, problems, "", null, List.of(), List.of(), "", List.of(), "", "", "",
                Lazy.of(List.of()));
    }

    /** Blame-language hints (empty for readers). */
    public List<NarrativeFindingView> findings() {
        return lazyFindings.get();
    }

    public boolean hasFindings() {
        return !findings().isEmpty();
    }

    public boolean hasTimeline() {
        return !timeline.isEmpty();
    }

    public boolean hasAccounts() {
        return !accounts.isEmpty();
    }

    public boolean hasFactors() {
        return !factors.isEmpty();
    }
}
