/**
 * Process events written where they happen (idea 4: a postmortem is a process, not an artefact).
 * <ul>
 *   <li>{@link dev.postmortem.jira.process.DebriefListener}: DEBRIEF_HELD / DEBRIEF_CLEARED from Jira's issue events
 *       when a Postmortem's "Debrief held at" is set, changed or cleared.</li>
 *   <li>{@link dev.postmortem.jira.process.SoakEndJob} run by {@link dev.postmortem.jira.process.SoakEndJobRunner}:
 *       SOAK_ENDED, at the soak end time, from a cluster-wide scheduled job.</li>
 *   <li>{@link dev.postmortem.jira.process.ProcessEventsLauncher}: registers both on plugin start, unregisters them
 *       on stop.</li>
 * </ul>
 * Shown where people look (product promise 8), the rules being the core's ({@code dev.postmortem.core.process}):
 * <ul>
 *   <li>{@link dev.postmortem.jira.process.PostmortemProcesses}: reads postmortems' events and overrides for the
 *       core, leaving out the commits and overrides of actions the viewer may not browse (checked once each by
 *       {@link dev.postmortem.jira.process.ActionVisibility}, one per request, shared with the summary in the
 *       postmortem panel): the summary's rule, not even their number leaks;</li>
 *   <li>{@link dev.postmortem.jira.process.ProcessPanel}: the "Process" part of the postmortem panel, worded for the
 *       viewer by {@link dev.postmortem.jira.process.ProcessTexts}, with the decision after the soak
 *       ({@code DecisionRows}, over the linked actions the decision feature reads);</li>
 *   <li>{@link dev.postmortem.jira.process.ProjectProcessReport}: a project's postmortems of a period and their
 *       metrics, the decision metrics included, served by {@link dev.postmortem.jira.process.ProcessMetricsResource}.
 *       </li>
 * </ul>
 * ACTIONS_COMMITTED stays with the commit post-function (soak.CommitRecordingFunction), which also writes the
 * debrief and the soak end through the same storage rules as a fallback, so nothing is recorded twice.
 * All three write debriefs and soak ends through {@code storage.SerialisedProcessEventLog}: one postmortem's writes
 * run one at a time across the cluster, so a soak end recorded by the job on one node is never taken for the soak
 * end of a correction made at the same moment on another.
 */
package dev.postmortem.jira.process;
