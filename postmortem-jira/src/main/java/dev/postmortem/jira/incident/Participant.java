package dev.postmortem.jira.incident;

/** A person proposed as a participant, by user key, with their display name. */
public record Participant(String userKey, String displayName) {
}
