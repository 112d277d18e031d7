package dev.postmortem.jira.incident;

/**
 * The postmortem just created.
 *
 * @param linked false when Jira created the issue but refused the link to the incident (said in the answer)
 */
public record Created(String key, boolean linked) {
}
