package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.IssueUrls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Context for the soak panel on the issue view ({@code atl.jira.view.issue.right.context}): the action's
 * {@link SoakStatusView} as {@code soak}, and Jira's i18n helper as {@code i18n} for the labels. On an issue with
 * no linked postmortem the template renders nothing.
 */
public class SoakPanelContextProvider implements ContextProvider {

    static final String ISSUE_KEY = "issue";
    static final String SOAK_KEY = "soak";
    static final String I18N_KEY = "i18n";
    /** The linked postmortems the panel names, each {@code name} and {@code url} (null for a hidden one). */
    static final String POSTMORTEMS_KEY = "postmortems";
    private static final Pattern KEY_PATTERN = Pattern.compile("[A-Z][A-Z0-9_]*-[0-9]+");

    private final SoakStatus status;
    private final CallerAccess access;
    private final JiraAuthenticationContext authenticationContext;
    private final IssueUrls issueUrls;

    public SoakPanelContextProvider(SoakStatus status, CallerAccess access,
            JiraAuthenticationContext authenticationContext, ApplicationProperties applicationProperties) {
        this.status = Objects.requireNonNull(status, "status");
        this.access = Objects.requireNonNull(access, "access");
        this.authenticationContext = Objects.requireNonNull(authenticationContext, "authenticationContext");
        this.issueUrls = new IssueUrls(applicationProperties);
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
            SoakStatusView view = status.of(issue, access.administersProjectOf(issue));
            result.put(SOAK_KEY, view);
            result.put(POSTMORTEMS_KEY, postmortems(view));
        }
        return result;
    }

    /**
     * The postmortem holding the action (or those awaiting their debrief) as links to their issues. A name is a
     * key only when the viewer may browse that postmortem; a hidden one is described, and is not linked.
     */
    private List<Map<String, String>> postmortems(SoakStatusView view) {
        List<String> names = view.getHeldBy() != null ? List.of(view.getHeldBy()) : view.getAwaitingDebrief();
        List<Map<String, String>> links = new ArrayList<>();
        for (String name : names) {
            Map<String, String> link = new HashMap<>();
            link.put("name", name);
            link.put("url", KEY_PATTERN.matcher(name).matches() ? issueUrls.browse(name) : null);
            links.add(link);
        }
        return links;
    }
}
