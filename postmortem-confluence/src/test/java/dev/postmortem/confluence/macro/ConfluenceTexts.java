package dev.postmortem.confluence.macro;

import dev.postmortem.testsupport.BundleI18nResolver;

import java.util.Locale;

/** The Confluence app's texts as SAL resolves them for the plugin: its own bundle, then the inlined core's. */
final class ConfluenceTexts {

    private ConfluenceTexts() {
    }

    static BundleI18nResolver in(Locale locale) {
        return new BundleI18nResolver(locale, "i18n/postmortem-confluence", "i18n/postmortem-core");
    }
}
