package dev.postmortem.jira.account;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import dev.postmortem.jira.host.CallerAccess;

import java.util.HashMap;
import java.util.Map;

/** The "Personal accounts" panel on a postmortem: {@code $accounts} for account-panel.vm ({@link AccountPanels}). */
public class AccountPanelContextProvider implements ContextProvider {

    static final String VIEW_KEY = "accounts";

    private final AccountPanels panels;
    private final CallerAccess access;

    public AccountPanelContextProvider(AccountPanels panels, CallerAccess access) {
        this.panels = panels;
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> map = new HashMap<>(context);
        if (context.get("issue") instanceof Issue issue) {
            map.put(VIEW_KEY, panels.view(issue, access.caller()));
        }
        return map;
    }
}
