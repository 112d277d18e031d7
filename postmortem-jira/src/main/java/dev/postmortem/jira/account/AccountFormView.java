package dev.postmortem.jira.account;

import dev.postmortem.jira.narrative.NarrativeFindingView;

import java.util.List;

/**
 * The account form of the panel: the account the viewer may write (their own, or as the owner the one they chose),
 * filled with what is saved in the narrative, never with anybody's unsaved draft (drafts stay in the writer's
 * browser).
 *
 * @param participantKey  whose account it is (user key)
 * @param heading         "Your account" or "Account of Ana Berg" (translated)
 * @param intro           what the writer is asked for; for the owner, that a correction is recorded (translated)
 * @param role            their role
 * @param saw             what they saw and knew
 * @param did             what they did
 * @param why             why it made sense at the time
 * @param helped          what would have helped
 * @param savedNote       when and by whom it was saved last, or that it is not saved yet (translated)
 * @param findings        the coach's hints on the saved texts, in the viewer's language
 */
public record AccountFormView(String participantKey, String heading, String intro, String role, String saw, String did, String why,
        String helped, String savedNote, List<NarrativeFindingView> findings) {

    public AccountFormView {
        findings = List.copyOf(findings);
    }

    public boolean hasFindings() {
        return !findings.isEmpty();
    }
}
