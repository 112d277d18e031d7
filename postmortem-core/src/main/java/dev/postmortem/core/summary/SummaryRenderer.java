package dev.postmortem.core.summary;

import dev.postmortem.core.html.HtmlTemplates;

import java.util.Objects;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

/**
 * Renders a {@link DebriefSummary} as self-contained, accessible HTML: one {@code <section class="pm-summary">}
 * with headings, lists and {@code <time datetime>} elements, no script, no external resource, every class
 * prefixed {@code pm-}. Jira's panel and Confluence's macro insert this HTML as it is, so both show the same.
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

    /** Renders with human-readable times in {@code zone} (the {@code datetime} attributes stay ISO UTC). */
    public String render(DebriefSummary summary, Locale locale, ZoneId zone, Set<SummarySection> sections) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(sections, "sections");
        return templates.render(TEMPLATE, SummaryView.context(summary, CoreMessages.forLocale(locale), zone, sections));
    }
}
