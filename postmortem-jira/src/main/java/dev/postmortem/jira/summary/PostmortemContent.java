package dev.postmortem.jira.summary;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.jira.narrative.NarrativeCheck;
import dev.postmortem.jira.narrative.PostmortemFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Reads what a postmortem issue holds for its summary: the narrative (through the core) and when the debrief was
 * held, plus display names for user keys. A stored narrative that no longer reads (e.g. written by a newer app
 * version) is summarised as empty and logged; the field view shows the reason to the people who can fix it.
 */
public class PostmortemContent {

    private static final Logger LOG = LoggerFactory.getLogger(PostmortemContent.class);

    private final PostmortemFields fields;
    private final UserManager userManager;

    public PostmortemContent(PostmortemFields fields, UserManager userManager) {
        this.fields = fields;
        this.userManager = userManager;
    }

    public Narrative narrative(Issue postmortem) {
        Optional<CustomField> field = fields.narrative();
        if (field.isEmpty()) {
            return Narrative.empty();
        }
        Object value = postmortem.getCustomFieldValue(field.get());
        NarrativeCheck check = NarrativeCheck.of(value == null ? null : value.toString());
        if (check.narrative().isEmpty()) {
            if (!check.isEmpty()) {
                LOG.warn("Narrative of {} does not read ({} problems); summarising it as empty",
                        postmortem.getKey(), check.problems().size());
            }
            return Narrative.empty();
        }
        return check.narrative().get();
    }

    /** The "Debrief held at" value (Jira gives a java.sql.Timestamp), if the field exists and is set. */
    public Optional<Instant> debriefHeldAt(Issue postmortem) {
        return fields.debriefHeldAt()
                .map(postmortem::getCustomFieldValue)
                .filter(Date.class::isInstance)
                .map(value -> ((Date) value).toInstant());
    }

    /** The user's display name; the key itself when the user is gone, so the account still says who. */
    public String displayName(String userKey) {
        ApplicationUser user = userManager.getUserByKey(userKey);
        return user == null || user.getDisplayName() == null ? userKey : user.getDisplayName();
    }
}
