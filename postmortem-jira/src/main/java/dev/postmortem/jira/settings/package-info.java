/**
 * Project settings → Postmortem: the page where a project administrator sets the project's soak policy and the
 * decision settings of issue 13, with a preview of the soak's end and an audit of who changed what. A webwork action
 * ({@link dev.postmortem.jira.settings.PostmortemProjectSettingsAction}) in the project-admin decorator; the logic is in
 * {@link dev.postmortem.jira.settings.ProjectSettingsPage}, which reads the form through the same rules as the REST
 * policy resource (docs/adr/0020-project-settings-as-a-webwork-page.md).
 */
package dev.postmortem.jira.settings;
