package dev.postmortem.jira.host;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Translates message keys with arguments for the current user (SAL resolves the caller's locale). The core
 * hands out keys and plain arguments, never English; this is the one place where they become text.
 */
public class UserMessages {

    private final I18nResolver i18n;

    public UserMessages(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String text(String key, List<?> args) {
        if (args.isEmpty()) {
            return i18n.getText(key);
        }
        Serializable[] serializable = args.stream()
                .map(UserMessages::serializable)
                .toArray(Serializable[]::new);
        return i18n.getText(key, serializable);
    }

    public String text(String key, Object... args) {
        return text(key, List.of(args));
    }

    /** The caller's language, as the bundle that SAL picked for them says ({@code postmortem.language.locale}). */
    public Locale locale() {
        String tag = i18n.getText("postmortem.language.locale");
        return tag == null || tag.isBlank() || tag.startsWith("postmortem.") ? Locale.ENGLISH : Locale.forLanguageTag(tag);
    }

    private static Serializable serializable(Object arg) {
        // Numbers and strings stay as they are so that {0,number} patterns format them; anything else as text.
        return arg instanceof Serializable value ? value : String.valueOf(arg);
    }
}
