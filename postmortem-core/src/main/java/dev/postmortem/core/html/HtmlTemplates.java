package dev.postmortem.core.html;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A private Velocity 2 engine for our own HTML templates, in which every reference insertion is HTML-escaped
 * ({@code & < > " '}, so values are safe in text and in quoted attributes) except a {@link TrustedHtml}.
 * <p>
 * Not the host's renderer on purpose: no host escaping rule or method allowlist can change the output. The
 * engine is configured in code only (no velocity.properties), runs with strict references, and loads templates
 * through the class loader it is given, never the thread context class loader (inside Jira or Confluence that
 * is the host's, with its own Velocity 1.x). The templates are parsed once, in the constructor; an instance is
 * thread-safe and meant to be built once and shared.
 */
public final class HtmlTemplates {

    private static final String LOADER = "bundle";

    private final Map<String, Template> templates = new LinkedHashMap<>();

    /**
     * @param classLoader loads the templates (the caller's own: {@code MyClass.class.getClassLoader()})
     * @param logName     the SLF4J logger name the engine logs under
     * @param paths       the templates' resource paths, all parsed now
     * @throws org.apache.velocity.exception.ResourceNotFoundException if a template is missing
     * @throws org.apache.velocity.exception.ParseErrorException if a template does not parse
     */
    public HtmlTemplates(ClassLoader classLoader, String logName, String... paths) {
        Objects.requireNonNull(classLoader, "classLoader");
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, LOADER);
        engine.setProperty(loaderProperty(RuntimeConstants.RESOURCE_LOADER_INSTANCE), new ClassLoaderTemplateLoader(classLoader));
        engine.setProperty(loaderProperty(RuntimeConstants.RESOURCE_LOADER_CACHE), true);
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_NAME, Objects.requireNonNull(logName, "logName"));
        // Velocity instantiates its own parts by class name and asks the context class loader first; inside a
        // host that is the host's loader (with its own Velocity), so point it at the one that holds ours.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(HtmlTemplates.class.getClassLoader());
        try {
            engine.init();
            for (String path : paths) {
                templates.put(path, engine.getTemplate(path, StandardCharsets.UTF_8.name()));
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Merges one of the constructor's templates with {@code values} (not changed), escaping every inserted value.
     *
     * @throws IllegalArgumentException if {@code path} was not given to the constructor
     */
    public String render(String path, Map<String, Object> values) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(values, "values");
        Template template = templates.get(path);
        if (template == null) {
            throw new IllegalArgumentException("template not loaded: " + path);
        }
        // A copy: Velocity writes loop variables into the context's map, which may be the caller's or immutable
        VelocityContext context = new VelocityContext(new HashMap<>(values));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlEscapingInsertion());
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter(8192);
        template.merge(context, out);
        return out.toString();
    }

    /** {@code text} with {@code & < > " '} replaced by their character references; the same escaping as insertion. */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String loaderProperty(String name) {
        return RuntimeConstants.RESOURCE_LOADER + "." + LOADER + "." + name;
    }
}
