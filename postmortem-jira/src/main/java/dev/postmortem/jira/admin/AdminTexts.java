package dev.postmortem.jira.admin;

import com.atlassian.jira.security.JiraAuthenticationContext;

import java.util.Objects;

/** The page's words in the administrator's language (Jira's i18n, which holds the app's and the core's bundles). */
public class AdminTexts {

    private final JiraAuthenticationContext authenticationContext;

    public AdminTexts(JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = Objects.requireNonNull(authenticationContext, "authenticationContext");
    }

    public String text(String key, Object... args) {
        return args.length == 0
                ? authenticationContext.getI18nHelper().getText(key)
                : authenticationContext.getI18nHelper().getText(key, args);
    }
}
