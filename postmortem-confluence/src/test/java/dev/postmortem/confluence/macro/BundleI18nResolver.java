package dev.postmortem.confluence.macro;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * SAL's I18nResolver as Confluence runs it for this plugin: the app's bundle, then the core's (both registered
 * in atlassian-plugin.xml), formatted with MessageFormat. A missing key fails the test instead of showing the key.
 */
final class BundleI18nResolver implements I18nResolver {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    BundleI18nResolver(Locale locale) {
        this.locale = locale;
        ClassLoader loader = BundleI18nResolver.class.getClassLoader();
        this.bundles = List.of(
                ResourceBundle.getBundle("i18n/postmortem-confluence", locale, loader, NO_FALLBACK),
                ResourceBundle.getBundle("i18n/postmortem-core", locale, loader, NO_FALLBACK));
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(Locale ignored, String key) {
        throw new UnsupportedOperationException("the macro uses the viewer's locale, as SAL resolves it");
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), locale).format(arguments);
            }
        }
        throw new IllegalArgumentException("no message " + key + " for " + locale);
    }
}
