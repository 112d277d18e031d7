package dev.postmortem.confluence.macro;

import dev.postmortem.core.html.HtmlTemplates;
import dev.postmortem.core.html.TrustedHtml;

import java.util.Map;

/**
 * The macro's own templates ({@code templates/confluence/macro/}), rendered by the core's escaping engine
 * ({@link HtmlTemplates}): every inserted value is HTML-escaped except a {@link TrustedHtml}, which is only the
 * core's rendered summary and the macro's own rendered messages. Templates receive only strings, lists of strings
 * and {@link TrustedHtml}; they call no methods. Thread-safe; templates are parsed once.
 */
public final class MacroTemplates {

    static final String SUMMARY = "templates/confluence/macro/summary.vm";
    static final String MESSAGE = "templates/confluence/macro/message.vm";

    private final HtmlTemplates templates = new HtmlTemplates(MacroTemplates.class.getClassLoader(),
            "dev.postmortem.confluence.macro.velocity", SUMMARY, MESSAGE);

    String renderSummary(Map<String, Object> values) {
        return templates.render(SUMMARY, values);
    }

    String renderMessage(Map<String, Object> values) {
        return templates.render(MESSAGE, values);
    }
}
