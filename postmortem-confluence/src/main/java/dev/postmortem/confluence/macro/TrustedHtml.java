package dev.postmortem.confluence.macro;

import java.util.Objects;

/**
 * HTML that a macro template inserts as it is: only the core's rendered summary, which the core escaped
 * itself. Everything else a template inserts is escaped by {@link HtmlEscapingInsertion}.
 */
record TrustedHtml(String html) {
    TrustedHtml {
        Objects.requireNonNull(html, "html");
    }

    @Override
    public String toString() {
        return html;
    }
}
