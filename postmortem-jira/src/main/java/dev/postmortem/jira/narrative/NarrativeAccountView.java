package dev.postmortem.jira.narrative;

/** One personal account as the narrative view shows it: named, with why it made sense at the time. */
public record NarrativeAccountView(String name, String role, String sawAndKnew, String did, String whyItMadeSense) {
}
