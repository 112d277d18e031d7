package dev.postmortem.core.narrative;

import java.time.Instant;
import java.util.Objects;

/**
 * One participant's own account. Blameless, not nameless: the person is named, and the account says what
 * they saw and knew, what they did, and above all why it made sense at the time. The participant's user key is
 * required by {@link NarrativeValidator}, and so is {@code whyItMadeSense} once the account {@linkplain #isWritten()
 * is written}: an account with no answer yet names a participant whose own account is still awaited.
 *
 * @param participantUserKey     the participant's Jira user key (stable across renames)
 * @param participantDisplayName the name shown for them, kept so the debrief still reads well if the
 *                               account is later deactivated; may be empty (the key is shown instead)
 * @param role                   their role in the incident (e.g. "incident commander", "on-call DBA")
 * @param whatTheySawAndKnew     the signals and knowledge they had at the time
 * @param whatTheyDid            their actions
 * @param whyItMadeSense         why those actions were reasonable given what they saw and knew
 * @param whatWouldHaveHelped    what would have helped them at the time (optional, added within format version 1)
 * @param lastEditedByUserKey    who saved the account last through the account page (the participant, or the
 *                               postmortem's owner fixing a mistake); empty when unknown (written in the editor or
 *                               by an older version)
 * @param lastEditedAt           when that was; null when unknown
 */
public record PersonalAccount(
        String participantUserKey,
        String participantDisplayName,
        String role,
        String whatTheySawAndKnew,
        String whatTheyDid,
        String whyItMadeSense,
        String whatWouldHaveHelped,
        String lastEditedByUserKey,
        Instant lastEditedAt) {

    public PersonalAccount {
        participantUserKey = TextNormalisation.normalise(participantUserKey);
        participantDisplayName = TextNormalisation.normalise(participantDisplayName);
        role = TextNormalisation.normalise(role);
        whatTheySawAndKnew = TextNormalisation.normalise(whatTheySawAndKnew);
        whatTheyDid = TextNormalisation.normalise(whatTheyDid);
        whyItMadeSense = TextNormalisation.normalise(whyItMadeSense);
        whatWouldHaveHelped = TextNormalisation.normalise(whatWouldHaveHelped);
        lastEditedByUserKey = TextNormalisation.normalise(lastEditedByUserKey);
    }

    /** An account as format version 1 first had it: the three answers, nothing about who saved it. */
    public PersonalAccount(String participantUserKey, String participantDisplayName, String role,
            String whatTheySawAndKnew, String whatTheyDid, String whyItMadeSense) {
        this(participantUserKey, participantDisplayName, role, whatTheySawAndKnew, whatTheyDid, whyItMadeSense, "",
                "", null);
    }

    /** A participant named in the narrative whose own account is still awaited. */
    public static PersonalAccount awaited(String participantUserKey, String participantDisplayName) {
        return new PersonalAccount(participantUserKey, participantDisplayName, "", "", "", "");
    }

    /** The display name, or the user key when no display name was recorded. */
    public String participantName() {
        return participantDisplayName.isEmpty() ? participantUserKey : participantDisplayName;
    }

    /** Whether any of the four answers is written; an account without one is still awaited from its participant. */
    public boolean isWritten() {
        return !whatTheySawAndKnew.isEmpty() || !whatTheyDid.isEmpty() || !whyItMadeSense.isEmpty()
                || !whatWouldHaveHelped.isEmpty();
    }

    /** Whether someone other than the participant saved it last (the owner fixing a mistake). */
    public boolean isLastEditedByOther() {
        return !lastEditedByUserKey.isEmpty() && !lastEditedByUserKey.equals(participantUserKey);
    }

    /**
     * This account with new answers, saved by {@code editorUserKey} at {@code at}; the participant stays the same. The
     * display name and role are kept when the new ones are empty.
     */
    public PersonalAccount answeredBy(String newDisplayName, String newRole, String saw, String did, String why,
            String helped, String editorUserKey, Instant at) {
        Objects.requireNonNull(editorUserKey, "editorUserKey");
        Objects.requireNonNull(at, "at");
        String name = TextNormalisation.normalise(newDisplayName);
        return new PersonalAccount(participantUserKey, name.isEmpty() ? participantDisplayName : name,
                newRole == null ? role : newRole, saw, did, why, helped, editorUserKey, at);
    }
}
