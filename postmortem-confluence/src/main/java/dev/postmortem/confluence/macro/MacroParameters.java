package dev.postmortem.confluence.macro;

import dev.postmortem.core.summary.SectionSelection;
import dev.postmortem.core.summary.SummarySection;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The macro's parameters, checked. {@code issueKey} is required and must look like a Jira issue key;
 * {@code server} is an application link id (empty: the primary Jira link); {@code sections} lists the summary
 * sections to show (empty: all). Unknown section names are kept and reported, never silently dropped.
 *
 * @param issueKey the issue key, upper-cased; null when there are problems
 * @param serverId the application link id; null for the primary Jira link
 * @param sections the sections asked for, and the names that are not sections
 * @param problems what is wrong, as message keys with arguments; the summary is not fetched when not empty
 */
record MacroParameters(String issueKey, String serverId, SectionSelection sections, List<Problem> problems) {

    static final String ISSUE_KEY = "issueKey";
    static final String SERVER = "server";
    static final String SECTIONS = "sections";

    /**
     * Jira's issue key: a project key (a letter, then letters, digits or underscores; Jira's default and the
     * documented custom patterns stay within this) and a positive issue number. Compared upper-cased, as Jira
     * resolves keys case-insensitively. It also keeps the key safe to put into the REST path.
     */
    private static final Pattern ISSUE_KEY_PATTERN = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

    /** One thing wrong with the parameters: an i18n key of this app's bundle and its arguments. */
    record Problem(String messageKey, List<Serializable> args) {
        Problem {
            args = List.copyOf(args);
        }
    }

    MacroParameters {
        problems = List.copyOf(problems);
    }

    static MacroParameters parse(Map<String, String> parameters) {
        Map<String, String> values = parameters == null ? Map.of() : parameters;
        List<Problem> problems = new ArrayList<>();

        String issueKey = trimToNull(values.get(ISSUE_KEY));
        if (issueKey == null) {
            problems.add(new Problem("postmortem.confluence.macro.param.issueKey.missing", List.of()));
        } else if (!ISSUE_KEY_PATTERN.matcher(issueKey.toUpperCase(Locale.ROOT)).matches()) {
            problems.add(new Problem("postmortem.confluence.macro.param.issueKey.invalid", List.of(issueKey)));
            issueKey = null;
        } else {
            issueKey = issueKey.toUpperCase(Locale.ROOT);
        }
        String serverId = trimToNull(values.get(SERVER));
        SectionSelection sections = SummarySection.fromParameter(values.get(SECTIONS));
        return new MacroParameters(problems.isEmpty() ? issueKey : null, serverId, sections, problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    Optional<String> serverIdIfChosen() {
        return Optional.ofNullable(serverId);
    }

    private static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
