package webwork.action;

// Stand-in for Jira's WebWork 1 (webwork.action.ActionSupport, shipped with Jira); only the members the plugin
// overrides. The real class implements webwork.action.Action (SUCCESS, ERROR, INPUT, ...), Serializable and
// IllegalArgumentAware, and has much more.
public class ActionSupport {

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
