package dev.postmortem.jira.summary;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import dev.postmortem.core.summary.DebriefSummary;
import dev.postmortem.core.summary.SummaryPlace;
import dev.postmortem.core.summary.SummaryRenderer;
import dev.postmortem.core.summary.SummarySection;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.process.ActionVisibility;
import dev.postmortem.jira.process.ProcessPanel;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * The postmortem panel on the issue view: the action states and the proportionality signal,
 * rendered by the core's {@link SummaryRenderer} for the viewer (locale, time zone, only the actions they may
 * browse), and the recorded process ({@link ProcessPanel}, as {@code $process}). Both parts share one
 * {@link ActionVisibility} and one {@link ProcessPanel.Reading} made for the render: the postmortem's events are
 * read once, its linked actions once (with their recorded drops, which the summary shows), and each distinct action
 * is browse-checked once per view (linked actions are in hand; only actions no longer linked are looked up, by the
 * Process part). The template inserts
 * {@code $summaryHtml} unescaped on purpose: the core's own Velocity engine has already HTML-escaped every value in
 * it, and escaping again would show the markup as text.
 */
public class SummaryPanelContextProvider implements ContextProvider {

    static final String PROCESS_KEY = "process";
    /**
     * The actions only: the debrief and the soak are the "Process" part's first rows, in Jira's date format, so the
     * panel says each once (the issue view itself shows the title, key and status).
     */
    static final Set<SummarySection> PANEL_SECTIONS = EnumSet.of(SummarySection.ACTIONS);

    private final SummaryAssembler assembler;
    private final CallerAccess access;
    private final LocaleResolver localeResolver;
    private final TimeZoneManager timeZoneManager;
    private final ProcessPanel processPanel;
    private final SummaryRenderer renderer = new SummaryRenderer();

    public SummaryPanelContextProvider(SummaryAssembler assembler, CallerAccess access, LocaleResolver localeResolver,
            TimeZoneManager timeZoneManager, ProcessPanel processPanel) {
        this.assembler = assembler;
        this.access = access;
        this.localeResolver = localeResolver;
        this.timeZoneManager = timeZoneManager;
        this.processPanel = processPanel;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> map = new HashMap<>(context);
        if (context.get("issue") instanceof Issue issue) {
            // One answer per render of which actions the viewer may browse, shared by the summary and the Process
            // part: each distinct action is checked once per view. A local, never kept: nothing outlives the render.
            ActionVisibility actions = processPanel.visibilityFor(access::mayBrowse);
            // One reading of the postmortem's events and linked actions for both parts (recorded drops included).
            ProcessPanel.Reading reading = processPanel.read(issue, actions);
            DebriefSummary summary = assembler.summarise(issue, access.caller(), reading.actions());
            TimeZone timeZone = timeZoneManager.getUserTimeZone();
            ZoneId zone = timeZone == null ? ZoneId.of("UTC") : timeZone.toZoneId();
            // Name ends in "Html": Jira's auto-escaping leaves such references alone. Escaped by the core already.
            map.put("summaryHtml", renderer.render(summary, localeResolver.getLocale(), zone, PANEL_SECTIONS,
                    SummaryPlace.ISSUE_VIEW));
            // The "Process" part: Jira-rendered (escaped) from translated rows, see ProcessPanel.
            map.put(PROCESS_KEY, processPanel.of(reading, summary.soakEndsAt()));
        }
        return map;
    }
}
