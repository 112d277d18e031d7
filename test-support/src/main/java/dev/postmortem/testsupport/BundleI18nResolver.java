package dev.postmortem.testsupport;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * SAL's {@link I18nResolver} over a plugin's real bundles, formatting like SAL with {@link MessageFormat} in the
 * locale. The bundles are given as base names in priority order (a plugin's own bundle, then the inlined core's).
 * Each base name is read in the locale's language ({@code <base>_<language>.properties}), or from the default
 * bundle ({@code <base>.properties}) when there is none for that language, as for English. Strict: a key missing from
 * the chosen language fails the test instead of showing the key, so every key the tested code uses is checked in
 * that language too.
 */
public final class BundleI18nResolver implements I18nResolver {

    private final Locale locale;
    private final List<String> baseNames;
    private final List<Properties> bundles = new ArrayList<>();

    /** @param baseNames class path base names such as {@code i18n/postmortem-core}, the first that has a key wins */
    public BundleI18nResolver(Locale locale, String... baseNames) {
        if (baseNames.length == 0) {
            throw new IllegalArgumentException("no bundle");
        }
        this.locale = locale;
        this.baseNames = List.of(baseNames);
        for (String baseName : baseNames) {
            bundles.add(load(baseName, locale));
        }
    }

    public Locale locale() {
        return locale;
    }

    private static Properties load(String baseName, Locale locale) {
        ClassLoader loader = BundleI18nResolver.class.getClassLoader();
        String localised = baseName + "_" + locale.getLanguage() + ".properties";
        InputStream in = locale.getLanguage().isEmpty() ? null : loader.getResourceAsStream(localised);
        if (in == null) {
            in = loader.getResourceAsStream(baseName + ".properties");
        }
        if (in == null) {
            throw new IllegalStateException("no bundle " + baseName + " on the class path");
        }
        Properties texts = new Properties();
        try (InputStream bundle = in) {
            texts.load(new InputStreamReader(bundle, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private String pattern(String key) {
        for (Properties bundle : bundles) {
            String text = bundle.getProperty(key);
            if (text != null) {
                return text;
            }
        }
        throw new AssertionError("missing i18n key " + key + " (" + locale + ") in " + baseNames);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return new MessageFormat(pattern(key), locale).format(arguments);
    }

    /** The text in another locale, from the same bundles (what Jira's per-user texts ask for). */
    @Override
    public String getText(Locale otherLocale, String key) {
        return new BundleI18nResolver(otherLocale, baseNames.toArray(String[]::new)).getText(key);
    }
}
