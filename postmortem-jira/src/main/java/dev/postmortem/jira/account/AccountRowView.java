package dev.postmortem.jira.account;

/**
 * One participant in the account panel's list: their name and where their account stands, in words.
 *
 * @param name    the participant's display name
 * @param status  "Written", "Awaited", "Written, corrected by the owner" (translated)
 * @param written whether their account is written
 */
public record AccountRowView(String name, String status, boolean written) {
}
