package dev.postmortem.jira;

import com.atlassian.jira.util.I18nHelper;
import dev.postmortem.testsupport.BundleI18nResolver;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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

    /** Jira's {@code I18nHelper} (what templates call {@code $i18n}) answering from the same bundles. */
    public static I18nHelper i18nHelper(Locale locale) {
        BundleI18nResolver bundle = in(locale);
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString())).thenAnswer(invocation -> bundle.getText(invocation.<String>getArgument(0)));
        when(i18n.getText(anyString(), any(Object.class))).thenAnswer(invocation -> {
            Object params = invocation.getArgument(1);
            Object[] args = params instanceof Object[] array ? array : new Object[] {params};
            return bundle.getText(invocation.<String>getArgument(0), Arrays.stream(args)
                    .map(arg -> arg instanceof Serializable value ? value : String.valueOf(arg))
                    .toArray(Serializable[]::new));
        });
        return i18n;
    }
}
