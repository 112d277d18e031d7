package webwork.action;

// Stand-in for webwork 1 (webwork.action.ActionSupport, the superclass of JiraActionSupport); only the members the
// plugin overrides. No behaviour: Jira's webwork dispatcher runs the real one.
public class ActionSupport implements Action {

    public ActionSupport() {
    }

    @Override
    public String execute() throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    /** Runs for the "!default" command (the page's GET). */
    public String doDefault() throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    /** Runs for the plain action (the form's POST), after validation. */
    protected String doExecute() throws Exception {
        throw new UnsupportedOperationException("stub");
    }
}
