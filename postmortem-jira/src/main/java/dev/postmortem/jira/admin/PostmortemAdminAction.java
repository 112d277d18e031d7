package dev.postmortem.jira.admin;

import com.atlassian.jira.security.xsrf.RequiresXsrfCheck;
import com.atlassian.jira.web.action.JiraWebActionSupport;

import java.util.Map;

/**
 * Administration → Postmortem ({@code /secure/admin/PostmortemAdmin!default.jspa}, the webwork1 module
 * {@code postmortem-admin-webwork}): shows the page, and on a form post with Jira's XSRF token ({@code atl_token})
 * saves the site default soak policy or runs setup again. Everything it does is in {@link AdminPage}, which checks
 * that the caller is a Jira administrator on every request.
 */
public class PostmortemAdminAction extends JiraWebActionSupport {

    static final String OPERATION = "operation";
    static final String SAVE_DEFAULT = "saveDefault";
    static final String RUN_SETUP = "runSetup";
    private static final String SUCCESS_VIEW = "success";

    private final AdminPage adminPage;
    private AdminPageView page;

    public PostmortemAdminAction(AdminPage adminPage) {
        this.adminPage = adminPage;
    }

    /** Shows the page (GET). */
    @Override
    public String doDefault() {
        page = adminPage.show();
        return SUCCESS_VIEW;
    }

    /** A form post: Jira refuses it before this runs unless its atl_token is valid. Anything but POST only shows. */
    @Override
    @RequiresXsrfCheck
    protected String doExecute() {
        Map<String, String[]> parameters = requestParameters();
        String[] operation = "POST".equalsIgnoreCase(requestMethod()) ? parameters.get(OPERATION) : null;
        String chosen = operation == null || operation.length == 0 ? "" : operation[0];
        page = switch (chosen) {
            case SAVE_DEFAULT -> adminPage.saveSiteDefault(parameters);
            case RUN_SETUP -> adminPage.runSetup();
            default -> adminPage.show();
        };
        return SUCCESS_VIEW;
    }

    /** What the template shows. */
    public AdminPageView getPage() {
        return page;
    }

    /** The request's parameters (a seam for tests: the stubbed request has no behaviour). */
    protected Map<String, String[]> requestParameters() {
        return getHttpRequest().getParameterMap();
    }

    protected String requestMethod() {
        return getHttpRequest().getMethod();
    }
}
