/**
 * Administration → Postmortem: a Jira administrator's page for the site default soak policy, the state of what
 * setup manages (with "Run setup again") and where the workflows use the soak gate
 * ({@link dev.postmortem.jira.admin.PostmortemAdminAction}, docs/adr/0021-admin-page-reads-setup-live.md).
 * It uses setup, soak, narrative, storage and host; nothing uses it.
 */
package dev.postmortem.jira.admin;
