package dev.postmortem.jira.incident;

/**
 * A postmortem already linked to the incident with the "is postmortem of" link type.
 *
 * @param key null when the caller may not browse it: it is not named, but a second one is not created either
 */
public record ExistingPostmortem(String key) {

    public boolean visible() {
        return key != null;
    }
}
