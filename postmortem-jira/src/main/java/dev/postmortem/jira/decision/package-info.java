/**
 * The decision at the end of the soak (issue 13): which proposed actions a postmortem has, what the log records as
 * decided, and (as the feature grows) the decide view, the notices and the metrics. The rules are the core's
 * ({@code dev.postmortem.core.decision}); this package reads Jira into them ({@link
 * dev.postmortem.jira.decision.DecidableActions}). Other features may use it; it uses no other feature.
 */
package dev.postmortem.jira.decision;
