package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;

// Stand-in for com.atlassian.confluence:confluence (com.atlassian.confluence.macro.Macro, stable since 4.0); only the members the plugin uses.
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** The real enum also has PLAIN_TEXT and RICH_TEXT. */
    enum BodyType {
        NONE
    }

    /** The real enum also has INLINE. */
    enum OutputType {
        BLOCK
    }
}
