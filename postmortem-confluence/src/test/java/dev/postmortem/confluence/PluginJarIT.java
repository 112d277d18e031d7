package dev.postmortem.confluence;

import dev.postmortem.verification.AbstractPluginJarIT;

/** The built Postmortem for Confluence jar passes the plugin jar checks (descriptor, wiring, i18n, content, OSGi). */
class PluginJarIT extends AbstractPluginJarIT {
}
