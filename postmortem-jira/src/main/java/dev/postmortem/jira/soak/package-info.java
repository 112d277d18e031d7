/**
 * The soak gate: actions may be proposed in the debrief but not committed until a soak time after it has passed.
 *
 * <h2>Parts</h2>
 * <ul>
 *   <li>{@link dev.postmortem.jira.soak.SoakGate}: reads the host objects around one action issue and asks the
 *       core {@code SoakClock}; the one place the rule is applied. Used by everything below, so they agree.</li>
 *   <li>{@link dev.postmortem.jira.soak.SoakCondition} (hides e.g. "Commit") and
 *       {@link dev.postmortem.jira.soak.SoakValidator} (refuses REST, bulk and automation transitions with a
 *       translated message naming the postmortem and the soak end in the user's time zone and format), both
 *       configured by {@link dev.postmortem.jira.soak.SoakGateFactory}: soak from the project's policy or an
 *       explicit number of hours, the link type (default "Postmortem action", from the postmortem to the
 *       action), and whether an issue without linked postmortem passes.</li>
 *   <li>The panel on action issues ({@link dev.postmortem.jira.soak.SoakPanelContextProvider},
 *       {@link dev.postmortem.jira.soak.ActionIssueCondition}) and {@code /rest/postmortem/1.0/soak}
 *       ({@link dev.postmortem.jira.soak.SoakResource}): status for anyone who may browse the issue, and an
 *       override with a required reason for the project's admins ({@link dev.postmortem.jira.soak.SoakOverrides}:
 *       one audit row per linked postmortem in the OverrideLog, one OVERRIDE process event). An override is
 *       honoured while it covers every linked postmortem: a postmortem linked later gates the action again.
 *       Who may see and who may override is decided by the REST feature's {@code CallerAccess}.</li>
 *   <li>{@link dev.postmortem.jira.soak.CommitRecordingFunction}, a post-function an admin adds to the same
 *       "Commit" transition: once the transition has run, records for each linked postmortem ACTIONS_COMMITTED, and
 *       only if the log still lacks them, the current DEBRIEF_HELD and its SOAK_ENDED (normally written when they
 *       happen by {@code dev.postmortem.jira.process}).</li>
 * </ul>
 *
 * <h2>Cost</h2>
 * The condition runs for every transition button on every issue view. Per evaluation: one link lookup
 * ({@code IssueLinkManager.getInwardLinks}), one link type lookup by id (Jira's cached link types), the postmortems
 * the links carry, the debrief field resolved once and remembered ({@link dev.postmortem.jira.soak.DebriefField}),
 * and the project policy and the action's overrides from Atlassian Cache
 * ({@link dev.postmortem.jira.soak.CachedSoakRecords}, replicated by invalidation, loaders reading Active Objects).
 * No database query of ours once warm. Writers invalidate: overrides through {@link dev.postmortem.jira.soak.SoakOverrides},
 * policies through {@link dev.postmortem.jira.soak.InvalidatingSoakPolicyStore}, the primary
 * {@code SoakPolicyStore} bean that autowired components (the policy REST resource) receive.
 *
 * <h2>When the gate cannot evaluate: fail closed</h2>
 * Misconfigured arguments (hours not a whole number from 0 to 8760, no or an unknown link type), a link type or the
 * "Debrief held at" field that was deleted, a debrief value that is not a date, a linked issue that cannot be read,
 * or storage that cannot be read: the condition hides the transition and the validator refuses it with a message
 * that says why and asks for a Jira administrator; the panel and REST show the same reason. Each distinct problem
 * is logged once per node (WARN, with the cause for storage failures), not per evaluation.
 * Why closed: the gate exists to stop premature commitments; an open gate on a broken configuration would let
 * every action through silently, while a closed one is noticed at once and fixed by an admin. An override cannot
 * open a broken gate either, because the gate cannot tell what it would cover.
 * Without a linked postmortem the debrief field is not needed, so a deleted field does not block such issues.
 *
 * <h2>Configuration errors in the workflow editor</h2>
 * Jira's add/edit-parameters actions give a plugin factory no error collection and would show an error page (and
 * lose the input) if it threw. So the form prevents most mistakes (a select of link types, a number field), and
 * what still gets through is saved as typed, shown back with a translated problem on the transition's view and the
 * edit form, and makes the gate fail closed until corrected.
 */
package dev.postmortem.jira.soak;
