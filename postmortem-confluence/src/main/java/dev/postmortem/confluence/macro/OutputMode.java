package dev.postmortem.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Set;

/** Whether the macro renders for a reader in the browser, or into a static document (PDF, Word, export, mail). */
enum OutputMode {
    INTERACTIVE,
    STATIC;

    /** ConversionContextOutputType values of documents that are read away from Confluence: nothing to click there. */
    private static final Set<String> STATIC_TYPES = Set.of("pdf", "word", "html_export", "email", "feed");

    static OutputMode of(ConversionContext context) {
        String type = context == null ? null : context.getOutputType();
        return type != null && STATIC_TYPES.contains(type) ? STATIC : INTERACTIVE;
    }
}
