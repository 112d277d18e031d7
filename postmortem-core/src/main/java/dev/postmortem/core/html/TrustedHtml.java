package dev.postmortem.core.html;

import java.util.Objects;

/**
 * HTML that {@link HtmlTemplates} inserts as it is, unescaped. Wrap only markup that one of our own escaping
 * templates produced (such as the core's rendered summary inside the Confluence macro), never a user's value.
 */
public record TrustedHtml(String html) {

    public TrustedHtml {
        Objects.requireNonNull(html, "html");
    }

    @Override
    public String toString() {
        return html;
    }
}
