package webwork.action;

// Stand-in for Jira's WebWork 1 (webwork.action.ActionSupport, shipped with Jira); only the members the plugin
// overrides and the view names of webwork.action.Action. The real class also implements Serializable and
// IllegalArgumentAware, and has much more.
public class ActionSupport implements Action {

    public ActionSupport() {
    }

    /** The "!default" command of an action: shows its page. */
    public String doDefault() throws Exception {
        throw new UnsupportedOperationException();
    }

    /** Runs after validation when the action is executed. */
    protected String doExecute() throws Exception {
        throw new UnsupportedOperationException();
    }
}
