/**
 * The process a postmortem went through, read from its recorded steps (idea 4: a process, not an artefact).
 * <ul>
 *   <li>{@link dev.postmortem.core.process.ProcessStep} – one recorded step, in the order it was recorded;</li>
 *   <li>{@link dev.postmortem.core.process.PostmortemProcess} – what the steps of one postmortem say: its current
 *       debrief, the end of that debrief's soak, its commits and the time from the debrief to the first commit;</li>
 *   <li>{@link dev.postmortem.core.process.DebriefReminder} – when participants are reminded of their accounts
 *       before a planned debrief: one business day before, in a zone;</li>
 *   <li>{@link dev.postmortem.core.process.CurrentDebrief} – the rule for which debrief is current and which soak
 *       end is its, by position in record order (the Jira storage applies it to its own rows);</li>
 *   <li>{@link dev.postmortem.core.process.ProcessMetrics} – the same over many postmortems: how many, the median
 *       and 90th percentile of hours from debrief to first commit, the share with an override;</li>
 *   <li>{@link dev.postmortem.core.process.ProcessPeriod} – the calendar days a metrics request covers.</li>
 * </ul>
 * Plain types only: the Jira app maps its stored events to steps and shows or serves the results.
 */
package dev.postmortem.core.process;
