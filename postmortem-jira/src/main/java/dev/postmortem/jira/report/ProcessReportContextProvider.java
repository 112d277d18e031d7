package dev.postmortem.jira.report;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.RestProblem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The process report page: a web-panel shown in the project's page area when its sidebar link (a web-item in
 * {@code jira.project.sidebar.plugins.navigation} pointing at {@code /projects/KEY?selectedItem=<this panel's
 * location>}) is selected, the project-centric view's documented way for an app page with the project sidebar.
 *
 * <p>Jira gives the panel the project ({@code project}, or at least {@code projectKey}). The viewer must be allowed
 * to browse it, checked here on the server as by every read of the report ({@link CallerAccess#visibleProject});
 * otherwise the page says the project cannot be shown and loads nothing. The default period is the last 90 days
 * (UTC, today included), within the 366 days a period may have.
 */
public class ProcessReportContextProvider implements ContextProvider {

    static final String PAGE_KEY = "report";
    static final int DEFAULT_DAYS = 90;
    /** The plugin key (the bundle's symbolic name) and the web-resource's module key. */
    static final String RESOURCE_KEY = "dev.postmortem.postmortem-jira:process-report-resources";

    private final CallerAccess access;
    private final Clock clock;

    public ProcessReportContextProvider(CallerAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> map = new HashMap<>(context);
        String key = context.get("project") instanceof Project project ? project.getKey()
                : context.get("projectKey") instanceof String given ? given : null;
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String from = today.minusDays(DEFAULT_DAYS - 1).toString();
        boolean allowed;
        try {
            key = access.visibleProject(key).getKey();
            allowed = true;
        } catch (RestProblem notVisible) {
            allowed = false;
        }
        map.put(PAGE_KEY, new ProcessReportPage(allowed, allowed ? key : "", from, today.toString(), RESOURCE_KEY));
        return map;
    }
}
