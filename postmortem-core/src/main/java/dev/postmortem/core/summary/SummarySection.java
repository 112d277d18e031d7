package dev.postmortem.core.summary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** The sections of the rendered summary, in the order they appear. The header and footer always show. */
public enum SummarySection {
    WHAT_HAPPENED,
    IMPACT,
    TIMELINE,
    ACCOUNTS,
    FACTORS,
    LEARNING,
    ACTIONS,
    SOAK;

    /** The name used in macro parameters and query strings, e.g. {@code what-happened}. */
    public String parameterName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a comma-separated list such as {@code "impact, actions,soak"}. Names are case-insensitive and
     * may use {@code -} or {@code _}; blanks between commas are skipped. A null or blank parameter selects
     * every section. Unknown names are reported, not dropped silently, so the caller can show them.
     */
    public static SectionSelection fromParameter(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return new SectionSelection(EnumSet.allOf(SummarySection.class), List.of());
        }
        EnumSet<SummarySection> sections = EnumSet.noneOf(SummarySection.class);
        List<String> unknown = new ArrayList<>();
        for (String part : parameter.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            SummarySection section = byName(name);
            if (section == null) {
                unknown.add(name);
            } else {
                sections.add(section);
            }
        }
        return new SectionSelection(sections, unknown);
    }

    private static SummarySection byName(String name) {
        String normalised = name.replace('-', '_').toUpperCase(Locale.ROOT);
        for (SummarySection section : values()) {
            if (section.name().equals(normalised)) {
                return section;
            }
        }
        return null;
    }
}
