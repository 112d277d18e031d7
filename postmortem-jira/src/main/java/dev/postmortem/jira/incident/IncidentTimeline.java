package dev.postmortem.jira.incident;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.narrative.NarrativeLimits;
import dev.postmortem.core.narrative.TimelineSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Seeds a timeline from what Jira recorded on an incident: status changes, assignments and priority changes from its
 * change history, and its comments, each with its time and who.
 *
 * <p>Only what the caller may read: comments come from {@link CommentManager#getCommentsForUser}, and a comment
 * restricted to a group or a project role is never copied, even when the caller may see it, because the postmortem
 * is read by people the restriction excludes. The change history's status, assignee and priority are visible to
 * everyone who may browse the issue.
 *
 * <p>Bounded: at most {@link #MAX_CHANGE_GROUPS} change groups and {@link #MAX_COMMENTS} comments are looked at
 * (Jira hands the history over as one list; looking at more of it is what takes time in a long incident), and at most
 * {@link #MAX_ROWS} rows are offered, the earliest ones; {@link SeededTimeline#truncated()} says when some were left.
 */
public class IncidentTimeline {

    public static final int MAX_CHANGE_GROUPS = 2_000;
    public static final int MAX_COMMENTS = 500;
    /** Well inside the narrative's own limit, so that the writer can still add rows. */
    public static final int MAX_ROWS = 200;
    /** Characters of a comment's first line that are copied. */
    static final int MAX_COMMENT_LINE = 200;

    static final String STATUS = "status";
    static final String ASSIGNEE = "assignee";
    static final String PRIORITY = "priority";
    private static final Map<String, String> TEXT_KEYS = Map.of(
            STATUS, "postmortem.jira.incident.row.status",
            ASSIGNEE, "postmortem.jira.incident.row.assignee",
            PRIORITY, "postmortem.jira.incident.row.priority");

    static {
        if (MAX_ROWS >= NarrativeLimits.MAX_TIMELINE_ENTRIES) {
            throw new IllegalStateException("seeded rows must leave room in the narrative's timeline");
        }
    }

    private final ChangeHistoryManager changeHistoryManager;
    private final CommentManager commentManager;
    private final IncidentTexts texts;

    public IncidentTimeline(ChangeHistoryManager changeHistoryManager, CommentManager commentManager,
            IncidentTexts texts) {
        this.changeHistoryManager = changeHistoryManager;
        this.commentManager = commentManager;
        this.texts = texts;
    }

    /** The rows for this caller, oldest first. */
    public SeededTimeline seed(Issue incident, ApplicationUser caller) {
        List<SeedRow> rows = new ArrayList<>();
        boolean truncated = changes(incident, rows);
        truncated |= comments(incident, caller, rows);
        rows.sort(Comparator.comparing(SeedRow::time).thenComparing(SeedRow::ref));
        if (rows.size() > MAX_ROWS) {
            return new SeededTimeline(rows.subList(0, MAX_ROWS), true);
        }
        return new SeededTimeline(rows, truncated);
    }

    /** The people who changed the incident's status (participants), from the same bounded read. */
    public List<ApplicationUser> statusChangers(Issue incident) {
        List<ApplicationUser> people = new ArrayList<>();
        List<ChangeHistory> histories = histories(incident);
        for (ChangeHistory history : histories.subList(0, Math.min(histories.size(), MAX_CHANGE_GROUPS))) {
            if (history.getAuthorObject() != null && items(history).stream()
                    .anyMatch(item -> STATUS.equalsIgnoreCase(item.getField()))) {
                people.add(history.getAuthorObject());
            }
        }
        return people;
    }

    /** Comments the caller may see and that are restricted to nobody: the ones a postmortem may quote. */
    public List<Comment> quotableComments(Issue incident, ApplicationUser caller) {
        List<Comment> all = commentManager.getCommentsForUser(incident, caller);
        if (all == null) {
            return List.of();
        }
        return all.stream().limit(MAX_COMMENTS).filter(IncidentTimeline::unrestricted).toList();
    }

    static boolean unrestricted(Comment comment) {
        return comment.getGroupLevel() == null && comment.getRoleLevelId() == null;
    }

    private boolean changes(Issue incident, List<SeedRow> rows) {
        List<ChangeHistory> histories = histories(incident);
        int looked = Math.min(histories.size(), MAX_CHANGE_GROUPS);
        for (ChangeHistory history : histories.subList(0, looked)) {
            if (history.getTimePerformed() == null) {
                continue;
            }
            for (ChangeItemBean item : items(history)) {
                String field = item.getField() == null ? "" : item.getField().toLowerCase(java.util.Locale.ROOT);
                String key = TEXT_KEYS.get(field);
                if (key != null) {
                    rows.add(new SeedRow(history.getTimePerformed().toInstant(),
                            texts.text(key, shown(item.getFromString()), shown(item.getToString())),
                            keyOf(history.getAuthorObject()), nameOf(history.getAuthorObject()),
                            "history:" + history.getId() + ":" + field, ""));
                }
            }
        }
        return histories.size() > looked;
    }

    private boolean comments(Issue incident, ApplicationUser caller, List<SeedRow> rows) {
        List<Comment> all = commentManager.getCommentsForUser(incident, caller);
        if (all == null) {
            return false;
        }
        for (Comment comment : all.stream().limit(MAX_COMMENTS).toList()) {
            Date created = comment.getCreated();
            if (!unrestricted(comment) || created == null || comment.getId() == null) {
                continue;
            }
            ApplicationUser author = comment.getAuthorApplicationUser();
            rows.add(new SeedRow(created.toInstant(),
                    texts.text("postmortem.jira.incident.row.comment", firstLine(comment.getBody())),
                    keyOf(author), nameOf(author), TimelineSource.commentRef(comment.getId()),
                    commentPath(incident.getKey(), comment.getId())));
        }
        return all.size() > MAX_COMMENTS;
    }

    /** The first non-blank line, at most {@link #MAX_COMMENT_LINE} characters ("…" when cut). */
    static String firstLine(String body) {
        String line = body == null ? "" : body.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse("");
        if (line.length() <= MAX_COMMENT_LINE) {
            return line;
        }
        int end = MAX_COMMENT_LINE - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "…";
    }

    /** Jira's own link to one comment on the issue view. */
    public static String commentPath(String issueKey, long commentId) {
        return "/browse/" + issueKey + "?focusedCommentId=" + commentId
                + "&page=com.atlassian.jira.plugin.system.issuetabpanels:comment-tabpanel#comment-" + commentId;
    }

    private List<ChangeHistory> histories(Issue incident) {
        List<ChangeHistory> histories = changeHistoryManager.getChangeHistories(incident);
        return histories == null ? List.of() : histories;
    }

    private static List<ChangeItemBean> items(ChangeHistory history) {
        List<ChangeItemBean> items = history.getChangeItemBeans();
        return items == null ? List.of() : items;
    }

    private String shown(String value) {
        return value == null || value.isBlank() ? texts.text("postmortem.jira.incident.row.none") : value;
    }

    private static String keyOf(ApplicationUser user) {
        return user == null || user.getKey() == null ? "" : user.getKey();
    }

    private String nameOf(ApplicationUser user) {
        return user == null ? texts.text("postmortem.jira.incident.formerUser") : texts.userName(user.getKey());
    }
}
