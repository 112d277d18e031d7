package dev.postmortem.core.summary;

import dev.postmortem.core.html.HtmlTemplates;

import java.util.Objects;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

/**
 * Renders a {@link DebriefSummary} as self-contained, accessible HTML: one {@code <section class="pm-summary">}
 * with headings, lists and {@code <time datetime>} elements, no script, no external resource, every class either
 * prefixed {@code pm-} or one of AUI's (lozenges, messages). Jira's panel and Confluence's macro insert this HTML
 * as it is and style it with the same stylesheet, {@code css/core/summary.css}, so both show the same.
 * <p>
 * It renders with the core's own escaping engine ({@link HtmlTemplates}) on purpose: no host escaping rule or
 * method allowlist can change the output, and every reference it inserts is HTML-escaped. Build one renderer
 * and share it: it is thread-safe, and the template is parsed once, in the constructor.
 */
public final class SummaryRenderer {

    static final String TEMPLATE = "templates/core/summary.vm";

    private final HtmlTemplates templates =
            new HtmlTemplates(SummaryRenderer.class.getClassLoader(), "dev.postmortem.core.summary.velocity", TEMPLATE);

    /** Renders with times in UTC. */
    public String render(DebriefSummary summary, Locale locale, Set<SummarySection> sections) {
        return render(summary, locale, ZoneOffset.UTC, sections);
    }

    /** Renders for a {@linkplain SummaryPlace#PAGE page}, with human-readable times in {@code zone}. */
    public String render(DebriefSummary summary, Locale locale, ZoneId zone, Set<SummarySection> sections) {
        return render(summary, locale, zone, sections, SummaryPlace.PAGE);
    }

    /**
     * Renders for {@code place}, with human-readable times in {@code zone} in the locale's medium date and short
     * time style, the format Confluence and Jira use for a reader (the {@code datetime} attributes stay ISO UTC).
     */
    public String render(DebriefSummary summary, Locale locale, ZoneId zone, Set<SummarySection> sections,
                         SummaryPlace place) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(place, "place");
        return templates.render(TEMPLATE,
                SummaryView.context(summary, CoreMessages.forLocale(locale), zone, sections, place));
    }
}
