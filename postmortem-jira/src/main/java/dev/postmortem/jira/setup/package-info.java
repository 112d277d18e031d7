/**
 * Postmortem setup: on plugin start, make sure the Jira objects the app relies on exist.
 *
 * <p>Each thing is one {@link dev.postmortem.jira.setup.SetupStep} ({@code Ensure*}): the Postmortem issue type,
 * the Postmortem action link type, the "Debrief held at" date-time field and the default soak policy. Every step
 * is idempotent: it looks first, reuses what is there (also objects an admin or a template created under the
 * same name) and creates only what is missing, so a restart or a second node changes nothing.
 * {@link dev.postmortem.jira.setup.PostmortemSetup} runs all steps under one cluster lock, records each outcome
 * in a {@link dev.postmortem.jira.setup.SetupReport} and never lets one failing step stop the others.
 *
 * <p>Extension point: another feature adds its own step (e.g. the narrative field, as a subclass of
 * {@link dev.postmortem.jira.setup.EnsureCustomField}) by declaring a bean and adding a {@code <ref>} to the step
 * list in {@code META-INF/spring/postmortem-setup.xml}. Order matters only in that the issue type step comes
 * first, so field steps find the type on a first start.
 */
package dev.postmortem.jira.setup;
