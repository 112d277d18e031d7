package dev.postmortem.jira.host;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names and descriptions for the objects setup creates, resolved from the plugin's i18n bundle at setup time.
 *
 * <p>Objects are created with the name in Jira's default language. To find them again after the default
 * language changed (or when a site made them by hand in English), lookups accept the name in every language the
 * plugin ships; that way a restart in another language never creates a duplicate.
 */
public class SetupTexts {

    /** The languages the plugin's bundle is translated into (postmortem-jira.properties and _de). */
    static final List<Locale> SHIPPED_LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final I18nResolver i18n;

    public SetupTexts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /** The text in Jira's default language (no user is logged in at plugin start). */
    public String text(String key, Serializable... args) {
        return args.length == 0 ? i18n.getText(key) : i18n.getText(key, args);
    }

    /** Every translation of a name, default language first, for finding an existing object. */
    public Set<String> namesFor(String key) {
        Set<String> names = new LinkedHashSet<>();
        names.add(i18n.getText(key).strip());
        for (Locale locale : SHIPPED_LOCALES) {
            String name = i18n.getText(locale, key);
            // An unresolved key comes back as the key itself: that is not a name anyone uses.
            if (name != null && !name.equals(key)) {
                names.add(name.strip());
            }
        }
        return names;
    }

    static boolean matches(Set<String> names, String candidate) {
        if (candidate == null) {
            return false;
        }
        String stripped = candidate.strip();
        return names.stream().anyMatch(stripped::equalsIgnoreCase);
    }
}
