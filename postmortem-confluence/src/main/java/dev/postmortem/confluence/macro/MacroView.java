package dev.postmortem.confluence.macro;

import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortem.core.html.TrustedHtml;
import dev.postmortem.core.html.WebLinks;
import dev.postmortem.core.summary.SectionSelection;
import dev.postmortem.core.summary.SummaryFormatException;
import dev.postmortem.core.summary.SummaryRenderer;
import dev.postmortem.core.summary.SummarySection;

import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything the macro shows: the summary (rendered by the core, the same HTML as Jira's panel) with its notices,
 * or one translated AUI message in place of the macro. Texts come from this app's bundle through SAL's
 * {@link I18nResolver}; every value is HTML-escaped by {@link MacroTemplates}. Nothing here adds a script, so
 * the output is safe for PDF and Word export as it is; in {@link OutputMode#STATIC} it offers no links to act on.
 */
public final class MacroView {

    private final I18nResolver i18n;
    private final SummaryRenderer summaryRenderer;
    private final MacroTemplates templates;
    private final Clock clock;

    public MacroView(I18nResolver i18n, SummaryRenderer summaryRenderer, MacroTemplates templates, Clock clock) {
        this.i18n = i18n;
        this.summaryRenderer = summaryRenderer;
        this.templates = templates;
        this.clock = clock;
    }

    /** The summary; with a warning on top when it is the last good copy ({@code stale}) or sections were unknown. */
    String summary(Viewer viewer, String issueKey, String linkName, FetchResult.Fetched fetched,
                   SectionSelection sections, OutputMode mode, boolean stale) {
        List<TrustedHtml> notices = new ArrayList<>();
        if (stale) {
            notices.add(new TrustedHtml(message("warning", text("postmortem.confluence.macro.stale.title"),
                    List.of(text("postmortem.confluence.macro.stale.body", issueKey, linkName, time(viewer, fetched.fetchedAt()),
                            age(fetched.fetchedAt()))), List.of(), null, null)));
        }
        if (sections.hasUnknownNames()) {
            notices.add(new TrustedHtml(message("warning", text("postmortem.confluence.macro.param.sections.title"),
                    List.of(unknownSections(sections)), List.of(), null, null)));
        }
        Map<String, Object> values = new HashMap<>();
        values.put("issueKey", issueKey);
        values.put("notices", notices);
        values.put("summary", new TrustedHtml(
                summaryRenderer.render(fetched.summary(), viewer.locale(), viewer.zone(), sections.sections())));
        // "Live" only when it is: not in an exported document, not for an earlier copy shown during an outage
        String sourceKey = mode == OutputMode.STATIC || stale
                ? "postmortem.confluence.macro.source.static" : "postmortem.confluence.macro.source.live";
        values.put("source", text(sourceKey, linkName, time(viewer, fetched.fetchedAt())));
        // "Open in Jira" for a reader in the browser, not in an exported document (it offers nothing to act on)
        String issueUrl = fetched.summary().issueUrl();
        String openUrl = WebLinks.safeHttpUrl(issueUrl);
        if (mode != OutputMode.STATIC && openUrl != null) {
            values.put("openUrl", openUrl);
            values.put("openText", text("postmortem.confluence.macro.open", issueKey, linkName));
        }
        return templates.renderSummary(values);
    }

    String invalidParameters(List<MacroParameters.Problem> problems, SectionSelection sections) {
        List<String> items = new ArrayList<>();
        for (MacroParameters.Problem problem : problems) {
            items.add(i18n.getText(problem.messageKey(), problem.args().toArray(Serializable[]::new)));
        }
        if (sections.hasUnknownNames()) {
            items.add(unknownSections(sections));
        }
        return message("error", text("postmortem.confluence.macro.param.title"), List.of(text("postmortem.confluence.macro.param.body")), items, null, null);
    }

    String noJiraLink() {
        return message("error", text("postmortem.confluence.macro.noLink.title"), List.of(text("postmortem.confluence.macro.noLink.body")), List.of(), null, null);
    }

    String unknownJiraLink(String serverId) {
        return message("error", text("postmortem.confluence.macro.unknownLink.title"), List.of(text("postmortem.confluence.macro.unknownLink.body", serverId)),
                List.of(), null, null);
    }

    String authorisationRequired(String issueKey, String linkName, URI authorisationUri, OutputMode mode) {
        if (mode == OutputMode.STATIC || (authorisationUri == null || WebLinks.safeHttpUrl(authorisationUri.toString()) == null)) {
            return message("info", text("postmortem.confluence.macro.auth.title"), List.of(text("postmortem.confluence.macro.auth.body.static", issueKey, linkName)),
                    List.of(), null, null);
        }
        return message("info", text("postmortem.confluence.macro.auth.title"), List.of(text("postmortem.confluence.macro.auth.body", issueKey, linkName)), List.of(),
                authorisationUri.toString(), text("postmortem.confluence.macro.auth.link", linkName));
    }

    String loginRequired(String issueKey, String linkName) {
        return message("info", text("postmortem.confluence.macro.login.title"),
                List.of(text("postmortem.confluence.macro.login.body", issueKey, linkName)), List.of(), null, null);
    }

    String notFound(String issueKey, String linkName) {
        return message("warning", text("postmortem.confluence.macro.notFound.title"), List.of(text("postmortem.confluence.macro.notFound.body", issueKey, linkName)),
                List.of(), null, null);
    }

    String unavailable(String issueKey, String linkName) {
        return message("error", text("postmortem.confluence.macro.unavailable.title"), List.of(text("postmortem.confluence.macro.unavailable.body", issueKey, linkName)),
                List.of(), null, null);
    }

    String unreadable(String issueKey, String linkName, SummaryFormatException error) {
        return switch (error.kind()) {
            case NEWER_VERSION -> message("error", text("postmortem.confluence.macro.newer.title"),
                    List.of(text("postmortem.confluence.macro.newer.body", issueKey, linkName)), List.of(), null, null);
            case OLDER_VERSION -> message("error", text("postmortem.confluence.macro.older.title"),
                    List.of(text("postmortem.confluence.macro.older.body", issueKey, linkName)), List.of(), null, null);
            case MALFORMED -> message("error", text("postmortem.confluence.macro.malformed.title"),
                    List.of(text("postmortem.confluence.macro.malformed.body", issueKey, linkName)),
                    List.of(i18n.getText(error.messageKey(), serializable(error.args()))), null, null);
        };
    }

    String unexpectedFailure(String issueKey) {
        return message("error", text("postmortem.confluence.macro.failure.title"), List.of(text("postmortem.confluence.macro.failure.body", issueKey)), List.of(), null, null);
    }

    private String message(String level, String title, List<String> paragraphs, List<String> items,
                           String linkUrl, String linkText) {
        Map<String, Object> values = new HashMap<>();
        values.put("level", level);
        values.put("title", title);
        values.put("paragraphs", paragraphs);
        values.put("items", items);
        if (linkUrl != null) {
            values.put("linkUrl", linkUrl);
            values.put("linkText", linkText);
        }
        return templates.renderMessage(values);
    }

    private String unknownSections(SectionSelection sections) {
        String known = Arrays.stream(SummarySection.values())
                .map(SummarySection::parameterName)
                .collect(Collectors.joining(", "));
        return text("postmortem.confluence.macro.param.sections.unknown", String.join(", ", sections.unknownNames()), known);
    }

    /** How long ago, in the largest unit that reads naturally: minutes up to two hours, hours up to two days. */
    private String age(Instant fetchedAt) {
        Duration age = Duration.between(fetchedAt, clock.instant());
        if (age.toMinutes() < 1) {
            return text("postmortem.confluence.macro.age.justNow");
        }
        if (age.toMinutes() < 120) {
            return text("postmortem.confluence.macro.age.minutes", age.toMinutes());
        }
        if (age.toHours() < 48) {
            return text("postmortem.confluence.macro.age.hours", age.toHours());
        }
        return text("postmortem.confluence.macro.age.days", age.toDays());
    }

    private static String time(Viewer viewer, Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(viewer.locale())
                .withZone(viewer.zone())
                .format(at);
    }

    private String text(String key, Serializable... args) {
        return args.length == 0 ? i18n.getText(key) : i18n.getText(key, args);
    }



    private static Serializable[] serializable(List<Object> args) {
        return args.stream()
                .map(arg -> arg instanceof Serializable serializable ? serializable : String.valueOf(arg))
                .toArray(Serializable[]::new);
    }
}
