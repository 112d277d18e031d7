/**
 * Creating a postmortem from an incident (any issue): the proposal (project, summary, impact, participants and the
 * timeline seeded from what Jira recorded on the incident, bounded and limited to what the caller may read), the
 * creation as the caller, and the link "is postmortem of" to the incident. Decisions: docs/adr/0023-seeded-timeline-from-an-incident.md.
 */
package dev.postmortem.jira.incident;
