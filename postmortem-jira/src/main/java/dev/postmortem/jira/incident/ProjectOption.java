package dev.postmortem.jira.incident;

/** A project the postmortem may be created in: the caller may create issues there and it has the Postmortem type. */
public record ProjectOption(long id, String key, String name) {
}
