package dev.postmortem.core.summary;

import java.util.Objects;

/**
 * One participant's personal account. Blameless, not nameless: the person is named, and the account
 * says why their action made sense at the time.
 *
 * @param displayName    the participant's display name
 * @param role           their role during the incident; may be empty
 * @param sawAndKnew     what they saw and knew
 * @param did            what they did
 * @param whyItMadeSense why it made sense at the time
 */
public record SummaryAccount(String displayName, String role, String sawAndKnew, String did, String whyItMadeSense) {
    public SummaryAccount {
        Objects.requireNonNull(displayName, "displayName");
        role = role == null ? "" : role;
        sawAndKnew = sawAndKnew == null ? "" : sawAndKnew;
        did = did == null ? "" : did;
        whyItMadeSense = whyItMadeSense == null ? "" : whyItMadeSense;
    }
}
