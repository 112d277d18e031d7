package dev.postmortem.jira.narrative;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * An {@link I18nResolver} over the plugin's real bundles (the Jira bundle and the inlined core bundle), formatting
 * like SAL with {@link MessageFormat}. Strict: a key missing from the chosen language fails the test, so every
 * key the tested code uses is checked in that language too.
 */
public final class BundleI18n implements I18nResolver {

    private final Locale locale;
    private final Properties texts = new Properties();

    public BundleI18n(Locale locale) {
        this.locale = locale;
        String suffix = Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? "_de" : "";
        load("/i18n/postmortem-core" + suffix + ".properties");
        load("/i18n/postmortem-jira" + suffix + ".properties");
    }

    public static BundleI18n english() {
        return new BundleI18n(Locale.ENGLISH);
    }

    private void load(String path) {
        try (InputStream in = BundleI18n.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + path);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String raw(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new AssertionError("missing i18n key " + key + " (" + locale + ")");
        }
        return text;
    }

    @Override
    public String getText(String key) {
        return new MessageFormat(raw(key), locale).format(new Object[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return new MessageFormat(raw(key), locale).format(arguments);
    }

    @Override
    public String getText(Locale otherLocale, String key) {
        return new BundleI18n(otherLocale).getText(key);
    }
}
