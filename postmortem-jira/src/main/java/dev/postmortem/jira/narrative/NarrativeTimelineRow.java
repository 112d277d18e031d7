package dev.postmortem.jira.narrative;

/** One timeline row of the narrative view; {@code time} formatted for the viewer, empty when not filled in. */
public record NarrativeTimelineRow(String time, String text) {
}
