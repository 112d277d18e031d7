/**
 * Our own HTML templates: {@link dev.postmortem.core.html.HtmlTemplates}, a private Velocity engine that
 * HTML-escapes every inserted value, used by the core's summary and by the Confluence macro's own templates.
 * The only package of the core that touches Velocity.
 */
package dev.postmortem.core.html;
