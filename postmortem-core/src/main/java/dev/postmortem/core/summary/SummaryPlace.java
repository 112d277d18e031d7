package dev.postmortem.core.summary;

/**
 * Where a summary is shown, which decides what its header repeats. On the postmortem's own issue view Jira already
 * shows the title, key and status, and the panel's "Process" part shows the debrief and the soak: the summary
 * leaves them out there. On a page (Confluence) it is the only place they are, so it shows them all.
 */
public enum SummaryPlace {
    /** The postmortem's own Jira issue view: no title, key, status or debrief time in the header. */
    ISSUE_VIEW,
    /** A page elsewhere (the Confluence macro): the full header with the title and a link to the issue. */
    PAGE
}
