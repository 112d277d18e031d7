package dev.postmortem.jira.setup;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.RememberedIds;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.storage.InMemorySetupObjects;

import java.time.Clock;
import java.util.Map;

/** A {@link PostmortemLookup} for tests, remembering in memory (nothing remembered yet: lookups go by name). */
public final class Lookups {

    private Lookups() {
    }

    public static PostmortemLookup of(IssueTypeManager issueTypes, IssueLinkTypeManager linkTypes,
            CustomFieldManager fields, SetupTexts texts) {
        return remembering(issueTypes, linkTypes, fields, texts, Map.of());
    }

    /** @param ids what setup remembered, by role (e.g. {@code EnsureDebriefHeldAtField.SPEC.role()}) */
    public static PostmortemLookup remembering(IssueTypeManager issueTypes, IssueLinkTypeManager linkTypes,
            CustomFieldManager fields, SetupTexts texts, Map<String, String> ids) {
        InMemorySetupObjects store = new InMemorySetupObjects();
        ids.forEach(store::remember);
        return new PostmortemLookup(issueTypes, linkTypes, fields, texts, new RememberedIds(store, Clock.systemUTC()));
    }
}
