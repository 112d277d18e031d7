package dev.postmortem.core.summary;

import java.util.Objects;

/**
 * One participant's personal account. Blameless, not nameless: the person is named, and the account
 * says why their action made sense at the time.
 *
 * @param displayName         the participant's display name: the account's author
 * @param role                their role during the incident; may be empty
 * @param sawAndKnew          what they saw and knew
 * @param did                 what they did
 * @param whyItMadeSense      why it made sense at the time
 * @param whatWouldHaveHelped what would have helped them; may be empty (optional in the contract)
 * @param editedBy            the display name of the postmortem's owner when the owner, not the participant, saved
 *                            the account last; empty otherwise (optional in the contract)
 */
public record SummaryAccount(String displayName, String role, String sawAndKnew, String did, String whyItMadeSense,
        String whatWouldHaveHelped, String editedBy) {
    public SummaryAccount {
        Objects.requireNonNull(displayName, "displayName");
        role = role == null ? "" : role;
        sawAndKnew = sawAndKnew == null ? "" : sawAndKnew;
        did = did == null ? "" : did;
        whyItMadeSense = whyItMadeSense == null ? "" : whyItMadeSense;
        whatWouldHaveHelped = whatWouldHaveHelped == null ? "" : whatWouldHaveHelped;
        editedBy = editedBy == null ? "" : editedBy;
    }

    /** An account as the contract first had it: the three answers, written by the participant. */
    public SummaryAccount(String displayName, String role, String sawAndKnew, String did, String whyItMadeSense) {
        this(displayName, role, sawAndKnew, did, whyItMadeSense, "", "");
    }
}
