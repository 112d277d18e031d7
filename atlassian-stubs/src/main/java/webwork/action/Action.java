package webwork.action;

// Stand-in for com.atlassian.jira:jira-core's webwork 1 (webwork.action.Action, which JiraWebActionSupport
// implements through ActionSupport); only the members the plugin uses. The constants are compile-time constants, inlined.
public interface Action {

    String SUCCESS = "success";

    String ERROR = "error";

    String execute() throws Exception;
}
