package webwork.action;

// Stand-in for Jira's webwork 1 (webwork.action.Action, which JiraWebActionSupport implements through ActionSupport);
// only the members the plugin uses: the view names, compile-time constants that are inlined.
public interface Action {

    String SUCCESS = "success";

    String ERROR = "error";
}
