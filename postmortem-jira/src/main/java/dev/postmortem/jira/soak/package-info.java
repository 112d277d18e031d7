/**
 * The soak gate: actions may be proposed in the debrief but not committed until a soak time after it has passed.
 *
 * <h2>Parts</h2>
 * <ul>
 *   <li>{@link dev.postmortem.jira.soak.SoakGate}: reads the host objects around one action issue and asks the
 *       core {@code SoakClock}; the one place the rule is applied. Used by everything below, so they agree.</li>
 *   <li>{@link dev.postmortem.jira.soak.SoakCondition} (hides e.g. "Commit") and
 *       {@link dev.postmortem.jira.soak.SoakValidator} (refuses REST, bulk and automation transitions with a
 *       translated message), both configured by {@link dev.postmortem.jira.soak.SoakGateFactory}.</li>
 *   <li>The panel on action issues ({@link dev.postmortem.jira.soak.SoakPanelContextProvider},
 *       {@link dev.postmortem.jira.soak.ActionIssueCondition}) and {@code /rest/postmortem/1.0/soak}
 *       ({@link dev.postmortem.jira.soak.SoakResource}); overrides by the project's admins through
 *       {@link dev.postmortem.jira.soak.SoakOverrides}, honoured while they cover every linked postmortem.</li>
 *   <li>{@link dev.postmortem.jira.soak.CommitRecordingFunction}, the optional post-function on the same
 *       transition.</li>
 * </ul>
 * Policies and overrides come from Atlassian Cache ({@link dev.postmortem.jira.soak.CachedSoakRecords}, replicated by
 * invalidation; writers invalidate through {@link dev.postmortem.jira.soak.SoakOverrides} and
 * {@link dev.postmortem.jira.soak.InvalidatingSoakPolicyStore}):
 * docs/adr/0008-gate-cache-replicated-by-invalidation.md.
 * When the gate cannot evaluate it fails closed, logged once per problem and node:
 * docs/adr/0007-soak-gate-fails-closed.md. Configuration: docs/admin-guide.md ("The action workflow").
 */
package dev.postmortem.jira.soak;
