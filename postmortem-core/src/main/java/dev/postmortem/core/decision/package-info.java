/**
 * The end of the soak as a decision point (issue 13): each proposed action is committed, dropped with a reason,
 * or kept proposed for later.
 * <ul>
 *   <li>{@link dev.postmortem.core.decision.Choice}, {@link dev.postmortem.core.decision.Decision},
 *       {@link dev.postmortem.core.decision.DropReason} – a valid decision and its reason;</li>
 *   <li>{@link dev.postmortem.core.decision.DecisionBatch} – one request's decisions (one or many), checked all
 *       or nothing, problems as message keys;</li>
 *   <li>{@link dev.postmortem.core.decision.PostmortemActions} – which actions await a decision at an instant;</li>
 *   <li>{@link dev.postmortem.core.decision.ReminderPolicy} – when undecided actions are reminded of;</li>
 *   <li>{@link dev.postmortem.core.decision.DecisionNotices} – who is asked, once per soak end
 *       ({@link dev.postmortem.core.decision.NoticeKey});</li>
 *   <li>{@link dev.postmortem.core.decision.DecisionMetrics} – proposed, committed, dropped, undecided, and the
 *       time from soak end to decision.</li>
 * </ul>
 * Plain types only: the Jira app reads its issues and log into these and sends, transitions and records.
 */
package dev.postmortem.core.decision;
