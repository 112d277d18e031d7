/**
 * The process report page of a project (issue 14): the postmortems debriefed in a period with their debrief, soak
 * end, first commit, action decisions, overrides and failure class, as a page in the project sidebar with charts,
 * as JSON for that page, and as CSV; and the dashboard item of a project's postmortems awaiting debrief, soaking
 * and awaiting a decision.
 *
 * <p>Built on {@link dev.postmortem.jira.process.ProjectProcessReport}: which postmortems, the period, the limits
 * and the visibility rules (hidden postmortems and actions count nowhere) are that report's, never repeated here.
 * This package adds what the page shows beyond it: the action states of each postmortem's linked actions (the
 * summary's {@link dev.postmortem.jira.summary.VisibleActions}), the failure class of its narrative, and overrides
 * per month.
 */
package dev.postmortem.jira.report;
