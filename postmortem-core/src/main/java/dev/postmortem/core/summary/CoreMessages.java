package dev.postmortem.core.summary;

import java.util.Objects;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The core's own messages ({@code i18n/postmortem-core}, English and German), read with the core's class loader
 * so it works inside any OSGi bundle that embeds the core. The summary template calls {@code $text.get("key")}
 * and {@code $text.format("key", args...)}; a test checks that every key it uses exists in both languages.
 * <p>
 * {@link #get} returns the text as written; {@link #format} applies {@link MessageFormat} in the locale, so its
 * patterns double their apostrophes. A missing key renders as the key itself: a gap in a translation must not
 * break a page (the i18n tests keep that from shipping).
 */
public final class CoreMessages {

    /** The bundle's base name, for hosts that register it (Jira's and Confluence's i18n resources). */
    public static final String BUNDLE = "i18n/postmortem-core";

    // No locale fallback to the JVM default: a French reader gets the base (English), not the server's German.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private CoreMessages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    public static CoreMessages forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new CoreMessages(locale,
                ResourceBundle.getBundle(BUNDLE, locale, CoreMessages.class.getClassLoader(), NO_FALLBACK));
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return key != null && bundle.containsKey(key);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        if (!has(key)) {
            return key;
        }
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /**
     * Formats with string arguments as carried in JSON; whole numbers become numbers so {@code {0,number}} works.
     * Returns empty when the key is unknown or the arguments do not fit its pattern (data from another app
     * version must not break the page; the caller shows its own fallback instead).
     */
    public Optional<String> formatStrings(String key, List<String> args) {
        if (!has(key)) {
            return Optional.empty();
        }
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = asNumberIfWhole(args.get(i));
        }
        try {
            return Optional.of(format(key, values));
        } catch (IllegalArgumentException argumentsDoNotFit) {
            return Optional.empty();
        }
    }

    private static Object asNumberIfWhole(String arg) {
        if (arg.matches("-?\\d{1,18}")) {
            return Long.parseLong(arg);
        }
        return arg;
    }
}
