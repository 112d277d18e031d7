package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.web.ContextProvider;
import dev.postmortem.jira.host.CallerAccess;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Context for the soak panel on the issue view ({@code atl.jira.view.issue.right.context}): the action's
 * {@link SoakStatusView} as {@code soak}, and Jira's i18n helper as {@code i18n} for the labels. On an issue with
 * no linked postmortem the template renders nothing.
 */
public class SoakPanelContextProvider implements ContextProvider {

    static final String ISSUE_KEY = "issue";
    static final String SOAK_KEY = "soak";
    static final String I18N_KEY = "i18n";

    private final SoakStatus status;
    private final CallerAccess access;
    private final JiraAuthenticationContext authenticationContext;

    public SoakPanelContextProvider(SoakStatus status, CallerAccess access,
            JiraAuthenticationContext authenticationContext) {
        this.status = Objects.requireNonNull(status, "status");
        this.access = Objects.requireNonNull(access, "access");
        this.authenticationContext = Objects.requireNonNull(authenticationContext, "authenticationContext");
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.put(I18N_KEY, authenticationContext.getI18nHelper());
        if (context.get(ISSUE_KEY) instanceof Issue issue) {
            result.put(SOAK_KEY, status.of(issue, access.administersProjectOf(issue)));
        }
        return result;
    }
}
