package dev.postmortem.jira.screens;

import dev.postmortem.jira.JiraTexts;
import dev.postmortem.testsupport.BundleI18nResolver;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders one of our Velocity templates as Jira does: every reference HTML-escaped except {@code $i18n} calls
 * (Jira leaves what {@code getText} returns alone) and references whose name ends in {@code Html}.
 * {@code $i18n} answers from the plugin's real bundles in the given language.
 */
public final class JiraTemplates {

    private JiraTemplates() {
    }

    /** Stands in for Jira's $i18n (an I18nHelper), with up to three arguments. */
    public static final class I18nStandIn {
        private final BundleI18nResolver bundle;

        public I18nStandIn(Locale locale) {
            this.bundle = JiraTexts.in(locale);
        }

        public String getText(String key) {
            return bundle.getText(key);
        }

        public String getText(String key, Object first) {
            return bundle.getText(key, (Serializable) first);
        }

        public String getText(String key, Object first, Object second) {
            return bundle.getText(key, (Serializable) first, (Serializable) second);
        }

        public String getText(String key, Object first, Object second, Object third) {
            return bundle.getText(key, (Serializable) first, (Serializable) second, (Serializable) third);
        }
    }

    public static String resource(String path) {
        try (InputStream in = JiraTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String render(String template, Locale locale, Map<String, Object> values) {
        return renderSource(template, resource(template), locale, values);
    }

    /** Renders {@code source} (a template's text, perhaps with Jira's macros prepended) named {@code name}. */
    public static String renderSource(String name, String source, Locale locale, Map<String, Object> values) {
        VelocityEngine engine = new VelocityEngine();
        engine.init();
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        context.put("i18n", new I18nStandIn(locale));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler((ReferenceInsertionEventHandler) (ctx, reference, value) ->
                value == null || reference.startsWith("$i18n.") || reference.startsWith("$!i18n.")
                        || reference.replaceAll("[${}!]", "").endsWith("Html") ? value
                        : value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                                .replace("\"", "&quot;"));
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter();
        engine.evaluate(context, out, name, source);
        return out.toString();
    }
}
