package dev.postmortem.jira.incident;

import java.time.Instant;
import java.util.List;

/**
 * What "Create postmortem" proposes for an incident, all editable before saving.
 *
 * @param projects       where the caller may create the postmortem (at most {@link IncidentPostmortems#MAX_PROJECTS})
 * @param defaultProject the incident's project when it is one of them, else empty
 * @param impactEnd      null while the incident is unresolved
 */
public record Proposal(String incidentKey, String incidentSummary, List<ProjectOption> projects,
        String defaultProject, String summary, Instant impactStart, Instant impactEnd,
        List<Participant> participants, SeededTimeline timeline) {

    public Proposal {
        projects = List.copyOf(projects);
        participants = List.copyOf(participants);
    }
}
