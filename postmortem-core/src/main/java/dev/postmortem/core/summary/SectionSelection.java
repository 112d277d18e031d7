package dev.postmortem.core.summary;

import java.util.Objects;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The result of parsing a section list: the sections recognised and the names that were not.
 *
 * @param sections     recognised sections (rendered in enum order, whatever the parameter order)
 * @param unknownNames names that match no section, as written (trimmed)
 */
public record SectionSelection(Set<SummarySection> sections, List<String> unknownNames) {
    public SectionSelection {
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(unknownNames, "unknownNames");
        sections = Collections.unmodifiableSet(sections.isEmpty()
                ? EnumSet.noneOf(SummarySection.class) : EnumSet.copyOf(sections));
        unknownNames = List.copyOf(unknownNames);
    }

    public boolean hasUnknownNames() {
        return !unknownNames.isEmpty();
    }
}
