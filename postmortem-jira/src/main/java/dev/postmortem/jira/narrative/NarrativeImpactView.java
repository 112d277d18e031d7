package dev.postmortem.jira.narrative;

/** The impact as the narrative view shows it; times formatted for the viewer, empty when not filled in. */
public record NarrativeImpactView(String start, String end, String detected, String severity, String description) {
}
