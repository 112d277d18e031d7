/**
 * Storage: Active Objects entities and the repositories that map them to core types.
 *
 * <p>The tables of the {@code <ao key="postmortem-ao" namespace="dev.postmortem.postmortem-jira">} module (never change
 * the namespace: AO derives the table prefix from it):
 * <ul>
 *   <li>{@link dev.postmortem.jira.storage.SoakPolicyEntity} {@code SOAK_POLICY}: per-project soak policy and the
 *       site default (the row without a project).</li>
 *   <li>{@link dev.postmortem.jira.storage.OverrideEntity} {@code SOAK_OVERRIDE}: the override audit log.</li>
 *   <li>{@link dev.postmortem.jira.storage.ProcessEventEntity} {@code PROCESS_EVENT}: process events, append-only; its
 *       ID is the record order the debrief rules use (see {@link dev.postmortem.jira.storage.ProcessEventLog}).</li>
 *   <li>{@link dev.postmortem.jira.storage.NarrativeTextEntity} {@code NARRATIVE_TEXT}: the searchable plain text of
 *       each narrative, for the {@code narrativeMatches} JQL function.</li>
 * </ul>
 * The model is v1, without upgrade tasks; naming rules, additive changes ({@code PROCESS_EVENT.ACTION_ID}) and how to
 * write a task when data must be transformed (frozen copies in {@code upgrade.v1}; never rename, never change a stored
 * enum constant such as {@link dev.postmortem.jira.storage.SoakMode} or
 * {@link dev.postmortem.jira.storage.ProcessEventType}): docs/adr/0006-active-objects-schema-changes.md.
 *
 * <p>Each repository method runs in one {@code ActiveObjects.executeInTransaction}. AO has no multi-column unique
 * constraints, so the soak policy store tolerates a duplicate from two nodes racing (see {@code AoSoakPolicyStore}).
 * The process event log's check-then-insert appends run one at a time per postmortem under a cluster lock
 * ({@link dev.postmortem.jira.storage.SerialisedProcessEventLog}; docs/adr/0011-cluster-lock-per-postmortem.md).
 */
package dev.postmortem.jira.storage;
