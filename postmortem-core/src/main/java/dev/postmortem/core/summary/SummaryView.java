package dev.postmortem.core.summary;

import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.html.WebLinks;
import dev.postmortem.core.narrative.FailureClass;
import dev.postmortem.core.narrative.FollowUpExpectation;
import dev.postmortem.core.narrative.Impact;
import dev.postmortem.core.narrative.NarrativeLimits;
import dev.postmortem.core.narrative.UnsafeCharacters;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a summary into the plain maps and lists the template reads: texts already translated and formatted,
 * times as ISO plus a human text, long texts split into paragraphs of lines. Keeping logic here keeps the
 * template a layout, and keeps every decision unit-testable. Absent values are {@code null} and the template
 * tests them with {@code #if}; strict references make any other null an error, not a blank.
 */
final class SummaryView {

    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n\\s*");
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-[0-9]+");

    /** Stands for the time in a sentence, so a whole translated sentence can wrap it in {@code <time>}. */
    private static final String TIME_MARK = "\uE000";
    /** The narrative's sections: when empty they are listed once, with the way to where they are written. */
    private static final List<SummarySection> WRITTEN = List.of(SummarySection.WHAT_HAPPENED, SummarySection.IMPACT,
            SummarySection.TIMELINE, SummarySection.ACCOUNTS, SummarySection.FACTORS, SummarySection.LEARNING);
    /** Jira's lozenge colours: grey = to do, blue = in progress, green = done, red = removed from the plan. */
    private static final Map<ActionState, String> LOZENGE = Map.of(
            ActionState.PROPOSED, "",
            ActionState.COMMITTED, " aui-lozenge-current",
            ActionState.DONE, " aui-lozenge-success",
            ActionState.NOT_DOING, " aui-lozenge-removed");

    private final CoreMessages text;
    private final DateTimeFormatter timeFormat;
    private final SummaryPlace place;

    private SummaryView(CoreMessages text, ZoneId zone, SummaryPlace place) {
        this.text = text;
        // The reader's format (medium date, short time of their locale, as Confluence and Jira show dates), in
        // their zone, which needs no zone name beside it.
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(text.locale()).withZone(zone);
        this.place = place;
    }

    static Map<String, Object> context(DebriefSummary summary, CoreMessages text, ZoneId zone,
                                       Set<SummarySection> sections, SummaryPlace place) {
        return new SummaryView(text, zone, place).build(summary, sections);
    }

    private Map<String, Object> build(DebriefSummary summary, Set<SummarySection> sections) {
        Map<String, Object> s = new HashMap<>();
        String issueUrl = WebLinks.safeHttpUrl(summary.issueUrl());
        s.put("title", safe(summary.title()));
        s.put("issueKey", safe(summary.issueKey()));
        s.put("issueUrl", issueUrl);
        s.put("statusName", safe(summary.statusName()));
        FailureClass failureClass = summary.failureClass();
        s.put("failureClass", failureClass == null ? null : text.get(failureClassKey(failureClass)));
        s.put("expectation", expectation(summary));
        s.put("debriefHeldAt", time(summary.debriefHeldAt()));
        s.put("whatHappened", paragraphs(summary.whatHappened()));
        s.put("impact", impact(summary.impact()));
        String browseBase = browseBase(issueUrl, summary.issueKey());
        s.put("incidents", summary.incidentKeys().stream().map(key -> issueLink(key, browseBase)).toList());
        s.put("timeline", summary.timeline().stream().map(e -> timelineEntry(e, browseBase)).toList());
        s.put("accounts", summary.accounts().stream().map(this::account).toList());
        s.put("factors", summary.contributingFactors().stream().map(SummaryView::paragraphs).toList());
        s.put("learnings", summary.learnings().stream().map(SummaryView::paragraphs).toList());
        // Dropped at the decision after the soak: listed apart, with the reason, so a conscious "no" is not read
        // as one more finished action (issue 13).
        s.put("actions", summary.actions().stream().filter(a -> !a.droppedAfterSoak())
                .map(a -> action(a, browseBase)).toList());
        s.put("droppedActions", summary.actions().stream().filter(SummaryAction::droppedAfterSoak)
                .map(a -> action(a, browseBase)).toList());
        s.put("proportionality", proportionality(summary.proportionality()));
        s.put("soak", soak(summary));
        SummaryOmissions omitted = summary.omitted();
        Map<String, Object> more = new HashMap<>();
        more.put("timeline", more(omitted.timeline()));
        more.put("accounts", more(omitted.accounts()));
        more.put("factors", more(omitted.contributingFactors()));
        more.put("learnings", more(omitted.learnings()));
        more.put("actions", more(omitted.actions()));
        // Short, inside the "postmortem of" line: the long "…and n more, not shown here" is a paragraph's.
        more.put("incidents", omitted.incidents() == 0 ? null
                : text.format("postmortem.summary.incidents.more", omitted.incidents()));
        s.put("more", more);

        Map<String, Object> show = new HashMap<>();
        show.put("whatHappened", sections.contains(SummarySection.WHAT_HAPPENED));
        show.put("impact", sections.contains(SummarySection.IMPACT));
        show.put("timeline", sections.contains(SummarySection.TIMELINE));
        show.put("accounts", sections.contains(SummarySection.ACCOUNTS));
        show.put("factors", sections.contains(SummarySection.FACTORS));
        show.put("learning", sections.contains(SummarySection.LEARNING));
        show.put("actions", sections.contains(SummarySection.ACTIONS));
        show.put("soak", sections.contains(SummarySection.SOAK));
        show.put("page", place == SummaryPlace.PAGE);
        s.put("empty", empty(summary, sections, issueUrl, browseBase));

        Map<String, Object> context = new HashMap<>();
        context.put("s", s);
        context.put("show", show);
        context.put("text", text);
        context.put("lang", text.locale().toLanguageTag());
        return context;
    }

    static String failureClassKey(FailureClass failureClass) {
        return "postmortem.summary.failureClass." + camel(failureClass.name());
    }

    static String stateKey(ActionState state) {
        return "postmortem.summary.action.state." + camel(state.name());
    }

    private String expectation(DebriefSummary summary) {
        String key = summary.followUpExpectationKey();
        if (text.has(key)) {
            return text.get(key);
        }
        // A key this core does not know (e.g. sent by a newer Jira app): fall back to the class's own rule.
        if (summary.failureClass() != null) {
            String fallback = FollowUpExpectation.of(summary.failureClass()).messageKey();
            return text.has(fallback) ? text.get(fallback) : null;
        }
        return null;
    }

    private Map<String, Object> impact(SummaryImpact impact) {
        if (impact == null) {
            return null;
        }
        Map<String, Object> view = new HashMap<>();
        view.put("start", time(impact.start()));
        view.put("end", time(impact.end()));
        view.put("detectedAt", time(impact.detectedAt()));
        view.put("severity", blankToNull(safe(impact.severity())));
        view.put("text", paragraphs(impact.text()));
        String duration = null;
        if (impact.end() != null && !impact.end().isBefore(impact.start())) {
            // The one rounding rule (a started minute counts), as proportionality weighs the same impact.
            long minutes = Impact.startedMinutes(Duration.between(impact.start(), impact.end()));
            duration = duration(minutes);
        }
        view.put("duration", duration);
        return view;
    }

    /** Hours and minutes, leaving out a unit that is zero ("5 min", "2 h", "1 h 5 min"). */
    private String duration(long minutes) {
        if (minutes < 60) {
            return text.format("postmortem.summary.impact.durationMinutes", minutes);
        }
        if (minutes % 60 == 0) {
            return text.format("postmortem.summary.impact.durationHours", minutes / 60);
        }
        return text.format("postmortem.summary.impact.durationHoursMinutes", minutes / 60, minutes % 60);
    }

    /**
     * The narrative sections shown here that have nothing yet, named once in one sentence with a link to where they
     * are written: the issue in Jira from a page, the issue's edit screen on the issue itself. Null when none is.
     */
    private Map<String, Object> empty(DebriefSummary summary, Set<SummarySection> sections, String issueUrl,
                                      String browseBase) {
        List<String> names = new ArrayList<>();
        for (SummarySection section : WRITTEN) {
            if (sections.contains(section) && isEmpty(summary, section)) {
                names.add(text.get("postmortem.summary.section." + sectionKey(section)));
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        Map<String, Object> view = new HashMap<>();
        view.put("text", text.format("postmortem.summary.empty.sections",
                String.join(text.get("postmortem.summary.empty.separator"), names)));
        String key = safe(summary.issueKey());
        String url;
        String link;
        if (place == SummaryPlace.PAGE) {
            url = issueUrl;
            link = text.format("postmortem.summary.empty.openIssue", key);
        } else {
            url = browseBase == null ? null : browseBase.substring(0, browseBase.length() - "browse/".length())
                    + "secure/EditIssue!default.jspa?key=" + URLEncoder.encode(summary.issueKey(), StandardCharsets.UTF_8);
            link = text.get("postmortem.summary.empty.editIssue");
        }
        view.put("url", url);
        view.put("link", link);
        return view;
    }

    private static boolean isEmpty(DebriefSummary summary, SummarySection section) {
        SummaryOmissions omitted = summary.omitted();
        return switch (section) {
            case WHAT_HAPPENED -> summary.whatHappened() == null || summary.whatHappened().isBlank();
            case IMPACT -> summary.impact() == null;
            case TIMELINE -> summary.timeline().isEmpty() && omitted.timeline() == 0;
            case ACCOUNTS -> summary.accounts().isEmpty() && omitted.accounts() == 0;
            case FACTORS -> summary.contributingFactors().isEmpty() && omitted.contributingFactors() == 0;
            case LEARNING -> summary.learnings().isEmpty() && omitted.learnings() == 0;
            default -> false;
        };
    }

    private static String sectionKey(SummarySection section) {
        return switch (section) {
            case FACTORS -> "factors";
            case LEARNING -> "learning";
            default -> camel(section.name());
        };
    }

    private Map<String, Object> timelineEntry(SummaryTimelineEntry entry, String browseBase) {
        Map<String, Object> view = new HashMap<>();
        view.put("at", time(entry.at()));
        view.put("text", paragraphs(entry.text()));
        view.put("author", blankToNull(safe(entry.author())));
        // Recorded by Jira on an issue (the incident), linked like an action when the key is a key.
        String recordedOn = blankToNull(safe(entry.recordedOn()));
        view.put("recordedOn", recordedOn);
        view.put("recordedOnUrl", recordedOn == null || browseBase == null || !ISSUE_KEY.matcher(recordedOn).matches()
                ? null : browseBase + URLEncoder.encode(recordedOn, StandardCharsets.UTF_8));
        return view;
    }

    /** An issue's key, linked to it in Jira when the key is a key and the summary's issue URL gives Jira's browse URL. */
    private static Map<String, Object> issueLink(String key, String browseBase) {
        Map<String, Object> view = new HashMap<>();
        view.put("key", safe(key));
        view.put("url", browseBase == null || !ISSUE_KEY.matcher(key).matches() ? null
                : browseBase + URLEncoder.encode(key, StandardCharsets.UTF_8));
        return view;
    }

    private Map<String, Object> account(SummaryAccount account) {
        Map<String, Object> view = new HashMap<>();
        view.put("name", safe(account.displayName()));
        view.put("role", blankToNull(safe(account.role())));
        view.put("sawAndKnew", paragraphs(account.sawAndKnew()));
        view.put("did", paragraphs(account.did()));
        view.put("whyItMadeSense", paragraphs(account.whyItMadeSense()));
        view.put("whatWouldHaveHelped", account.whatWouldHaveHelped().isBlank()
                ? null : paragraphs(account.whatWouldHaveHelped()));
        view.put("editedBy", blankToNull(safe(account.editedBy())));
        return view;
    }

    private Map<String, Object> action(SummaryAction action, String browseBase) {
        Map<String, Object> view = new HashMap<>();
        view.put("key", safe(action.issueKey()));
        view.put("url", browseBase == null || !ISSUE_KEY.matcher(action.issueKey()).matches() ? null
                : browseBase + URLEncoder.encode(action.issueKey(), StandardCharsets.UTF_8));
        view.put("summary", safe(action.summary()));
        view.put("state", action.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        view.put("stateLabel", text.get(stateKey(action.state())));
        view.put("lozenge", LOZENGE.get(action.state()));
        view.put("statusName", safe(action.statusName()));
        List<List<String>> reason = paragraphs(action.notDoingReason());
        view.put("notDoingReason", reason.isEmpty() ? null : reason);
        view.put("dropped", action.droppedAfterSoak()
                ? sentence("postmortem.summary.action.droppedAt", action.droppedAfterSoakAt()) : null);
        return view;
    }

    private Map<String, Object> proportionality(SummaryProportionality p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> view = new HashMap<>();
        view.put("heavy", p.heavy());
        view.put("counts", text.format("postmortem.summary.proportionality.counts", p.proposedCount(),
                p.committedCount()));
        String fallback = p.heavy()
                ? text.format("postmortem.summary.proportionality.heavy", p.proposedCount() + p.committedCount())
                : null;
        String message = text.formatStrings(p.messageKey(), p.messageArgs()).orElse(fallback);
        view.put("message", safe(message));
        return view;
    }

    private Map<String, Object> soak(DebriefSummary summary) {
        Map<String, Object> view = new HashMap<>();
        String state;
        if (summary.debriefHeldAt() == null) {
            state = "waiting";
        } else if (summary.soakEndsAt() == null) {
            state = "unknown";
        } else if (summary.generatedAt().isBefore(summary.soakEndsAt())) {
            state = "soaking";
        } else {
            state = "ended";
        }
        view.put("state", state);
        view.put("label", text.get("postmortem.summary.soak.state." + state));
        // A hold (waiting, soaking) is yellow like the soak panel's; the others grey: nothing is done or wrong.
        view.put("lozenge", state.equals("waiting") || state.equals("soaking") ? " aui-lozenge-moved" : "");
        view.put("sentence", summary.soakEndsAt() == null || state.equals("waiting") || state.equals("unknown")
                ? sentence("postmortem.summary.soak." + state, null)
                : sentence("postmortem.summary.soak." + state, summary.soakEndsAt()));
        return view;
    }

    /**
     * A whole translated sentence around one time: the text before and after it and the time, so the template can
     * put the time in a {@code <time>} element without cutting the sentence into fragments.
     */
    private Map<String, Object> sentence(String key, Instant at) {
        Map<String, Object> view = new HashMap<>();
        if (at == null) {
            view.put("before", text.get(key));
            view.put("time", null);
            view.put("after", "");
            return view;
        }
        String whole = text.format(key, TIME_MARK);
        int mark = whole.indexOf(TIME_MARK);
        if (mark < 0) {
            // A translation without {0}: the sentence as it is, with no time, rather than no summary at all.
            view.put("before", whole);
            view.put("time", null);
            view.put("after", "");
            return view;
        }
        view.put("before", whole.substring(0, mark));
        view.put("time", time(at));
        view.put("after", whole.substring(mark + TIME_MARK.length()));
        return view;
    }

    /** "…and n more" for items a summary leaves out; null when none is. */
    private String more(int omitted) {
        return omitted == 0 ? null : text.format("postmortem.summary.more", omitted);
    }

    private Map<String, Object> time(Instant instant) {
        if (instant == null) {
            return null;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("iso", instant.toString());
        // An instant the codec refuses can still come from a caller; show it as ISO rather than fail the page.
        String local = NarrativeLimits.isSupported(instant) ? timeFormat.format(instant) : instant.toString();
        view.put("text", local);
        return view;
    }

    /** Paragraphs (split at blank lines) of lines; empty for a blank or absent text. */
    static List<List<String>> paragraphs(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String normalised = safe(value.replace("\r\n", "\n").replace('\r', '\n')).strip();
        List<List<String>> result = new ArrayList<>();
        for (String paragraph : BLANK_LINES.split(normalised)) {
            result.add(paragraph.lines().map(String::stripTrailing).toList());
        }
        return result;
    }

    /** The URL when it is an absolute http(s) URL with a host; anything else (javascript:, data:, relative) is no link. */

    /** {@code https://jira/browse/} when the issue URL is Jira's browse URL of the issue, so action keys can link too. */
    private static String browseBase(String issueUrl, String issueKey) {
        String suffix = "/browse/" + issueKey;
        if (issueUrl == null || !issueUrl.endsWith(suffix)) {
            return null;
        }
        return issueUrl.substring(0, issueUrl.length() - issueKey.length());
    }

    /**
     * A user's text as it may be shown: each {@linkplain UnsafeCharacters unsafe} character (control, noncharacter,
     * lone surrogate) replaced by U+FFFD. Texts from the narrative were validated, but action summaries, status
     * names and comments come from the host unchecked. Tab and line feed stay: HTML shows them as white space.
     */
    static String safe(String value) {
        return value == null ? null : UnsafeCharacters.replace(value, true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
