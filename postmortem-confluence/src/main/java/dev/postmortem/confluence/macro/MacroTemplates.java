package dev.postmortem.confluence.macro;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The macro's own templates ({@code templates/confluence/macro/}), rendered by an embedded Velocity 2 engine that
 * HTML-escapes every inserted value, like the core's summary engine. Not Confluence's renderer on purpose: the
 * output must not depend on the host's escaping rules or its method allowlist. Templates receive only strings,
 * lists of strings and {@link TrustedHtml}; they call no methods. Thread-safe; templates are parsed once.
 */
public final class MacroTemplates {

    static final String SUMMARY = "templates/confluence/macro/summary.vm";
    static final String MESSAGE = "templates/confluence/macro/message.vm";
    private static final String LOADER = "bundle";

    private final Template summary;
    private final Template message;

    public MacroTemplates() {
        ClassLoader bundleLoader = MacroTemplates.class.getClassLoader();
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, LOADER);
        engine.setProperty(loaderProperty(RuntimeConstants.RESOURCE_LOADER_INSTANCE), new BundleTemplateLoader(bundleLoader));
        engine.setProperty(loaderProperty(RuntimeConstants.RESOURCE_LOADER_CACHE), true);
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_NAME, "dev.postmortem.confluence.macro.velocity");
        // Velocity creates its parts by class name through the context class loader: inside Confluence that is
        // the host's (which has its own, older Velocity), so point it at ours while the engine starts.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(bundleLoader);
        try {
            engine.init();
            summary = engine.getTemplate(SUMMARY, StandardCharsets.UTF_8.name());
            message = engine.getTemplate(MESSAGE, StandardCharsets.UTF_8.name());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    String renderSummary(Map<String, Object> values) {
        return merge(summary, values);
    }

    String renderMessage(Map<String, Object> values) {
        return merge(message, values);
    }

    private static String merge(Template template, Map<String, Object> values) {
        VelocityContext context = new VelocityContext(values);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlEscapingInsertion());
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter(4096);
        template.merge(context, out);
        return out.toString();
    }

    private static String loaderProperty(String name) {
        return RuntimeConstants.RESOURCE_LOADER + "." + LOADER + "." + name;
    }
}
