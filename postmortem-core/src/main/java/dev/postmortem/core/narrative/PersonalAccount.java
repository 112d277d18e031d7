package dev.postmortem.core.narrative;

/**
 * One participant's own account. Blameless, not nameless: the person is named, and the account says what
 * they saw and knew, what they did, and above all why it made sense at the time. The participant's user key
 * and {@code whyItMadeSense} are required by {@link NarrativeValidator}.
 *
 * @param participantUserKey     the participant's Jira user key (stable across renames)
 * @param participantDisplayName the name shown for them, kept so the debrief still reads well if the
 *                               account is later deactivated; may be empty (the key is shown instead)
 * @param role                   their role in the incident (e.g. "incident commander", "on-call DBA")
 * @param whatTheySawAndKnew     the signals and knowledge they had at the time
 * @param whatTheyDid            their actions
 * @param whyItMadeSense         why those actions were reasonable given what they saw and knew
 */
public record PersonalAccount(
        String participantUserKey,
        String participantDisplayName,
        String role,
        String whatTheySawAndKnew,
        String whatTheyDid,
        String whyItMadeSense) {

    public PersonalAccount {
        participantUserKey = TextNormalisation.normalise(participantUserKey);
        participantDisplayName = TextNormalisation.normalise(participantDisplayName);
        role = TextNormalisation.normalise(role);
        whatTheySawAndKnew = TextNormalisation.normalise(whatTheySawAndKnew);
        whatTheyDid = TextNormalisation.normalise(whatTheyDid);
        whyItMadeSense = TextNormalisation.normalise(whyItMadeSense);
    }

    /** The display name, or the user key when no display name was recorded. */
    public String participantName() {
        return participantDisplayName.isEmpty() ? participantUserKey : participantDisplayName;
    }
}
