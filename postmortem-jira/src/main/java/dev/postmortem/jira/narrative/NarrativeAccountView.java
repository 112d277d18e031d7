package dev.postmortem.jira.narrative;

/**
 * One personal account as the narrative view shows it: named, with why it made sense at the time.
 *
 * @param helped    what would have helped; may be empty
 * @param written   false while the participant's own account is awaited
 * @param corrected whether the postmortem's owner, not the participant, saved it last
 */
public record NarrativeAccountView(String name, String role, String sawAndKnew, String did, String whyItMadeSense,
        String helped, boolean written, boolean corrected) {
}
