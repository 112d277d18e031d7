/**
 * Small helpers about the host that every feature may use and that depend on no feature: which optional host
 * services Jira provides ({@link dev.postmortem.jira.host.OptionalFeatures}) and logging a condition once per node
 * ({@link dev.postmortem.jira.host.OncePerNode}).
 */
package dev.postmortem.jira.host;
