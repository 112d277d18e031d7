package dev.postmortem.jira.narrative;

import dev.postmortem.core.narrative.Problem;
import dev.postmortem.jira.host.UserMessages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a core {@link Problem} into one sentence for the user: the translated message, and where it is, with
 * the JSON path written in the editor's own words ("Personal account 3 › Why it made sense" for
 * {@code accounts[2].whyItMadeSense}).
 */
public class ProblemTexts {

    static final String PROBLEM_KEY = "postmortem.jira.narrative.problem";
    static final String PROBLEM_WHOLE_KEY = "postmortem.jira.narrative.problem.whole";
    static final String PATH_SEPARATOR_KEY = "postmortem.jira.narrative.path.separator";

    /** Labels of the narrative JSON's path segments (keys spelled out, so the i18n checks can see each one). */
    private static final Map<String, String> LABEL_KEYS = Map.ofEntries(
            Map.entry("version", "postmortem.jira.narrative.path.version"),
            Map.entry("summary", "postmortem.jira.narrative.path.summary"),
            Map.entry("impact", "postmortem.jira.narrative.path.impact"),
            Map.entry("start", "postmortem.jira.narrative.path.start"),
            Map.entry("end", "postmortem.jira.narrative.path.end"),
            Map.entry("detectedAt", "postmortem.jira.narrative.path.detectedAt"),
            Map.entry("severity", "postmortem.jira.narrative.path.severity"),
            Map.entry("description", "postmortem.jira.narrative.path.description"),
            Map.entry("timeline", "postmortem.jira.narrative.path.timeline"),
            Map.entry("time", "postmortem.jira.narrative.path.time"),
            Map.entry("text", "postmortem.jira.narrative.path.text"),
            Map.entry("authorUserKey", "postmortem.jira.narrative.path.authorUserKey"),
            Map.entry("accounts", "postmortem.jira.narrative.path.accounts"),
            Map.entry("participantUserKey", "postmortem.jira.narrative.path.participantUserKey"),
            Map.entry("participantDisplayName", "postmortem.jira.narrative.path.participantDisplayName"),
            Map.entry("role", "postmortem.jira.narrative.path.role"),
            Map.entry("whatTheySawAndKnew", "postmortem.jira.narrative.path.whatTheySawAndKnew"),
            Map.entry("whatTheyDid", "postmortem.jira.narrative.path.whatTheyDid"),
            Map.entry("whyItMadeSense", "postmortem.jira.narrative.path.whyItMadeSense"),
            Map.entry("whatWouldHaveHelped", "postmortem.jira.narrative.path.whatWouldHaveHelped"),
            Map.entry("lastEditedBy", "postmortem.jira.narrative.path.lastEditedBy"),
            Map.entry("lastEditedAt", "postmortem.jira.narrative.path.lastEditedAt"),
            Map.entry("contributingFactors", "postmortem.jira.narrative.path.contributingFactors"),
            Map.entry("whatWeLearned", "postmortem.jira.narrative.path.whatWeLearned"),
            Map.entry("failureClass", "postmortem.jira.narrative.path.failureClass"));
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final UserMessages messages;

    public ProblemTexts(UserMessages messages) {
        this.messages = messages;
    }

    public String describe(Problem problem) {
        String message = messages.text(problem.messageKey(), problem.args());
        if (problem.path().isEmpty()) {
            return messages.text(PROBLEM_WHOLE_KEY, message);
        }
        return messages.text(PROBLEM_KEY, message, where(problem.path()));
    }

    /** The path in words, e.g. "Personal accounts 3 › Why it made sense". */
    public String where(String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                parts.add(segment);
                continue;
            }
            String name = m.group(1);
            StringBuilder part = new StringBuilder(
                    LABEL_KEYS.containsKey(name) ? messages.text(LABEL_KEYS.get(name)) : name);
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                // Paths count from 0; people count from 1.
                part.append(' ').append(Long.parseLong(index.group(1)) + 1);
            }
            parts.add(part.toString());
        }
        return String.join(messages.text(PATH_SEPARATOR_KEY), parts);
    }
}
