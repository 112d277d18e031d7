package dev.postmortem.jira.host;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;

import java.util.Comparator;

/**
 * "The oldest (lowest id) first", the one order in which setup, the narrative and the soak gate pick among Jira
 * objects of the same name, so every node and every feature picks the same one. Ids that are text (custom fields
 * {@code customfield_10010}, issue types {@code 10001}) are compared by their number: as text,
 * {@code customfield_100000} would sort before {@code customfield_99999}. Ids without a number sort after all
 * numbered ones, then as text; null ids last. Works on the digits themselves, so no id is too long to compare.
 */
public final class OldestFirst {

    static final String CUSTOM_FIELD_PREFIX = "customfield_";

    /** Text ids by their number: "99999" before "100000", "customfield_99999" before "customfield_100000". */
    public static final Comparator<String> IDS = Comparator.nullsLast(OldestFirst::compareIds);

    public static final Comparator<CustomField> CUSTOM_FIELDS = Comparator.comparing(CustomField::getId, IDS);

    public static final Comparator<IssueType> ISSUE_TYPES = Comparator.comparing(IssueType::getId, IDS);

    public static final Comparator<IssueLinkType> LINK_TYPES =
            Comparator.comparing(IssueLinkType::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    private OldestFirst() {
    }

    private static int compareIds(String a, String b) {
        String da = digits(a);
        String db = digits(b);
        if (da != null && db != null) {
            int byLength = Integer.compare(da.length(), db.length());
            int byNumber = byLength != 0 ? byLength : da.compareTo(db);
            // Same number ("010" and "10"): still a total order.
            return byNumber != 0 ? byNumber : a.compareTo(b);
        }
        if (da != null) {
            return -1;
        }
        if (db != null) {
            return 1;
        }
        return a.compareTo(b);
    }

    /** The number of the id without leading zeros ("0" for zero), or null when the id is not a number. */
    private static String digits(String id) {
        String number = id.startsWith(CUSTOM_FIELD_PREFIX) ? id.substring(CUSTOM_FIELD_PREFIX.length()) : id;
        if (number.isEmpty() || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        String stripped = number.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }
}
