package dev.postmortem.jira.setup;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the Postmortem issue type and the Postmortem action link type by name (in any shipped language), the
 * same way setup does. Other features use it to get the objects setup ensured.
 */
public class PostmortemLookup {

    public static final String ISSUE_TYPE_NAME_KEY = "postmortem.jira.setup.issueType.name";
    public static final String LINK_TYPE_NAME_KEY = "postmortem.jira.setup.linkType.name";

    private final IssueTypeManager issueTypeManager;
    private final IssueLinkTypeManager issueLinkTypeManager;
    private final SetupTexts texts;

    public PostmortemLookup(IssueTypeManager issueTypeManager, IssueLinkTypeManager issueLinkTypeManager,
            SetupTexts texts) {
        this.issueTypeManager = issueTypeManager;
        this.issueLinkTypeManager = issueLinkTypeManager;
        this.texts = texts;
    }

    /** The issue type named Postmortem, sub-task types included (the caller decides what a sub-task means). */
    public Optional<IssueType> issueType() {
        Set<String> names = texts.namesFor(ISSUE_TYPE_NAME_KEY);
        // Prefer a regular type when both exist; a stable order keeps every node on the same choice.
        return issueTypeManager.getIssueTypes().stream()
                .filter(type -> SetupTexts.matches(names, type.getName()))
                .min(Comparator.comparing(IssueType::isSubTask).thenComparing(OldestFirst.ISSUE_TYPES));
    }

    /** The link type named Postmortem action; the oldest one (lowest id) if a site has several. */
    public Optional<IssueLinkType> actionLinkType() {
        return texts.namesFor(LINK_TYPE_NAME_KEY).stream()
                .flatMap(name -> issueLinkTypeManager.getIssueLinkTypesByName(name).stream())
                .min(OldestFirst.LINK_TYPES);
    }
}
