package dev.postmortem.jira;

import dev.postmortem.verification.AbstractPluginJarIT;

/** The built Postmortem for Jira jar passes the plugin jar checks (descriptor, wiring, i18n, content, OSGi). */
class PluginJarIT extends AbstractPluginJarIT {
}
