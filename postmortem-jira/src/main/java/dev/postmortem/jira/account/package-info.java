/**
 * Personal accounts written by their people (issue 15): the account panel on the postmortem where each participant
 * writes only their own account (the owner may correct one, recorded), the REST resource behind it, the owner's
 * request mail (exactly once per participant and request, through {@code host.UserMail} and
 * {@code storage.NoticeLedger}) and the reminder before the debrief. Why it works this way: docs/adr/0024.
 */
package dev.postmortem.jira.account;
