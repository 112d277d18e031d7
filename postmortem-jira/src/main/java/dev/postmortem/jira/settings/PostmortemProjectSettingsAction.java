package dev.postmortem.jira.settings;

import com.atlassian.jira.security.request.RequestMethod;
import com.atlassian.jira.security.request.SupportedMethods;
import com.atlassian.jira.security.xsrf.RequiresXsrfCheck;
import com.atlassian.jira.web.action.JiraWebActionSupport;

/**
 * Project settings → Postmortem ({@code /secure/PostmortemProjectSettings!default.jspa?projectKey=KEY}): GET shows the
 * page ({@link #doDefault}), POST saves the form ({@link #doExecute}, Jira checks the form's {@code atl_token} first:
 * {@link RequiresXsrfCheck}). Webwork plumbing only; what the page does is {@link ProjectSettingsPage}. The class name
 * is prefixed because webwork action names must be unique across all apps of a Jira.
 */
public class PostmortemProjectSettingsAction extends JiraWebActionSupport {

    static final String PROJECT_KEY = "projectKey";

    private final ProjectSettingsPage settings;
    private ProjectSettingsView page;

    public PostmortemProjectSettingsAction(ProjectSettingsPage settings) {
        this.settings = settings;
    }

    @Override
    @SupportedMethods({RequestMethod.GET})
    public String doDefault() {
        page = settings.show(parameter(PROJECT_KEY));
        return page.denied() ? ERROR : SUCCESS;
    }

    @Override
    @RequiresXsrfCheck
    @SupportedMethods({RequestMethod.POST})
    protected String doExecute() {
        page = settings.save(parameter(PROJECT_KEY), ProjectSettingsForm.read(getHttpRequest()::getParameterValues));
        return page.denied() ? ERROR : SUCCESS;
    }

    /** What the view shows ({@code $page} in the template). */
    public ProjectSettingsView getPage() {
        return page;
    }

    private String parameter(String name) {
        return getHttpRequest().getParameter(name);
    }
}
