/**
 * The debrief summary: the live, permission-filtered view of one postmortem that Jira serves and Confluence shows.
 * <ul>
 *   <li>{@link dev.postmortem.core.summary.DebriefSummary} – the contract's data, built by the Jira app;</li>
 *   <li>{@link dev.postmortem.core.summary.SummaryJson} – its versioned JSON form on
 *       {@code GET /rest/postmortem/1.0/summary/{issueKey}}; a new optional field is a compatible change
 *       (readers ignore unknown fields), anything a reader of the current version cannot handle (a removed or
 *       retyped field, a new enum value that must not be dropped) raises
 *       {@link dev.postmortem.core.summary.DebriefSummary#CONTRACT_VERSION};</li>
 *   <li>{@link dev.postmortem.core.summary.SummaryRenderer} – the one HTML rendering both hosts insert as is;</li>
 *   <li>{@link dev.postmortem.core.summary.SummarySection} – which sections a caller asked for.</li>
 * </ul>
 * Shared fixtures for contract tests are in the core test-jar: {@code SummaryFixtures.json("full-v1")}.
 */
package dev.postmortem.core.summary;
