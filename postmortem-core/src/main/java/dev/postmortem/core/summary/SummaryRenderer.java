package dev.postmortem.core.summary;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders a {@link DebriefSummary} as self-contained, accessible HTML: one {@code <section class="pm-summary">}
 * with headings, lists and {@code <time datetime>} elements, no script, no external resource, every class
 * prefixed {@code pm-}. Jira's panel and Confluence's macro insert this HTML as it is, so both show the same.
 * <p>
 * It owns its Velocity engine on purpose: no host escaping rule or method allowlist can change the output.
 * The engine is configured in code only (no velocity.properties), loads the one template through the core's
 * class loader, runs with strict references, and HTML-escapes every reference it inserts. Build one renderer
 * and share it: it is thread-safe, and the template is parsed once, in the constructor.
 */
public final class SummaryRenderer {

    static final String TEMPLATE = "templates/core/summary.vm";
    private static final String LOADER = "core";

    private final Template template;

    public SummaryRenderer() {
        ClassLoader coreLoader = SummaryRenderer.class.getClassLoader();
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, LOADER);
        engine.setProperty(loaderProperty(RuntimeConstants.RESOURCE_LOADER_INSTANCE), new CoreTemplateLoader(coreLoader));
        engine.setProperty(loaderProperty(RuntimeConstants.RESOURCE_LOADER_CACHE), true);
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_NAME, "dev.postmortem.core.summary.velocity");
        // Velocity instantiates its own parts by class name and asks the context class loader first; inside a
        // host that is the host's loader (with its own Velocity), so point it at ours while the engine starts.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(coreLoader);
        try {
            engine.init();
            template = engine.getTemplate(TEMPLATE, StandardCharsets.UTF_8.name());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Renders with times in UTC. */
    public String render(DebriefSummary summary, Locale locale, Set<SummarySection> sections) {
        return render(summary, locale, ZoneOffset.UTC, sections);
    }

    /** Renders with human-readable times in {@code zone} (the {@code datetime} attributes stay ISO UTC). */
    public String render(DebriefSummary summary, Locale locale, ZoneId zone, Set<SummarySection> sections) {
        Map<String, Object> values = SummaryView.context(summary, CoreMessages.forLocale(locale), zone, sections);
        VelocityContext context = new VelocityContext(values);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlEscapingInsertion());
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter(8192);
        template.merge(context, out);
        return out.toString();
    }

    private static String loaderProperty(String name) {
        return RuntimeConstants.RESOURCE_LOADER + "." + LOADER + "." + name;
    }
}
