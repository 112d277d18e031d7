package com.atlassian.confluence.content.render.xhtml;

// Stand-in for com.atlassian.confluence:confluence (com.atlassian.confluence.content.render.xhtml.ConversionContext); only the members the plugin calls.
public interface ConversionContext {

    /** One of ConversionContextOutputType's values: "display", "preview", "pdf", "word", "html_export", "email", "feed", "diff". */
    String getOutputType();
}
