package dev.postmortem.jira.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plugin's own texts in a recipient's language, for mail written by a job (no logged-in user, so Jira's
 * per-request i18n does not apply). Read from the plugin's bundle with its own class loader, formatted with
 * {@link MessageFormat} in that language as Jira formats them: German for {@code de}, else English (the languages the
 * plugin ships). Loaded once per language.
 */
final class MailTexts {

    static final String BUNDLE = "i18n/postmortem-jira";
    static final List<Locale> SHIPPED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final Map<Locale, MailTexts> LOADED = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Properties texts;

    private MailTexts(Locale locale, Properties texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /** The texts of the shipped language closest to {@code locale}. */
    static MailTexts in(Locale locale) {
        Locale shipped = locale != null && Locale.GERMAN.getLanguage().equals(locale.getLanguage())
                ? Locale.GERMAN : Locale.ENGLISH;
        return LOADED.computeIfAbsent(shipped, MailTexts::load);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("missing i18n key " + key + " (" + locale + ")");
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    private static MailTexts load(Locale locale) {
        String path = BUNDLE + (locale.equals(Locale.ENGLISH) ? "" : "_" + locale.getLanguage()) + ".properties";
        Properties texts = new Properties();
        try (InputStream in = MailTexts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + path);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MailTexts(locale, texts);
    }
}
