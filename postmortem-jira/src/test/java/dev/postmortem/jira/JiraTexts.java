package dev.postmortem.jira;

import dev.postmortem.testsupport.BundleI18nResolver;

import java.util.Locale;

/** The Jira app's texts as SAL resolves them for the plugin: its own bundle, then the inlined core's. */
public final class JiraTexts {

    private JiraTexts() {
    }

    public static BundleI18nResolver english() {
        return in(Locale.ENGLISH);
    }

    public static BundleI18nResolver in(Locale locale) {
        return new BundleI18nResolver(locale, "i18n/postmortem-jira", "i18n/postmortem-core");
    }
}
