package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.OptionalFeatures;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

/**
 * The "Decision after the soak" panel on postmortem issues: the viewer's {@link DecideView} as {@code $decide}.
 * Controls only for the owner and project admins, and only while Jira's transition services are there
 * ({@link OptionalFeatures.Feature#DECIDE_ACTIONS}); everyone else reads. Only actions the viewer may browse.
 */
public class DecidePanelContextProvider implements ContextProvider {

    static final String DECIDE_KEY = "decide";
    static final String UNAVAILABLE_KEY = "decideUnavailable";
    private static final Logger LOG = LoggerFactory.getLogger(DecidePanelContextProvider.class);

    private final DecideViews views;
    private final CallerAccess access;
    private final OptionalFeatures features;

    public DecidePanelContextProvider(DecideViews views, CallerAccess access, OptionalFeatures features) {
        this.views = views;
        this.access = access;
        this.features = features;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> map = new HashMap<>(context);
        if (context.get("issue") instanceof Issue postmortem) {
            boolean canDecide = features.isOn(OptionalFeatures.Feature.DECIDE_ACTIONS)
                    && DecideViews.mayDecide(postmortem, access.caller(), access.administersProjectOf(postmortem));
            try {
                map.put(DECIDE_KEY, views.of(postmortem, access::mayBrowse, canDecide));
            } catch (RuntimeException e) {
                // The issue view must still show; the panel says the decisions cannot be read now.
                LOG.warn("Decision panel of {} could not be read; shown as unavailable", postmortem.getKey(), e);
                map.put(UNAVAILABLE_KEY, Boolean.TRUE);
            }
        }
        return map;
    }
}
