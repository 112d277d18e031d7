package dev.postmortem.jira.soak;

import dev.postmortem.core.soak.SoakPolicy;

import java.util.List;

/**
 * What the condition's and validator's configuration templates show (input, edit and view): the saved values as
 * typed (so a bad value is shown back, not lost), the chosen link type's name and the translated problems.
 * Immutable; every getter is listed in the {@code <velocity-allowlist>} of atlassian-plugin.xml.
 */
public final class SoakConfigView {

    private final boolean projectPolicy;
    private final String hours;
    private final String linkTypeId;
    private final String linkTypeName;
    private final boolean passWithoutPostmortem;
    private final List<String> problems;

    SoakConfigView(boolean projectPolicy, String hours, String linkTypeId, String linkTypeName,
            boolean passWithoutPostmortem, List<String> problems) {
        this.projectPolicy = projectPolicy;
        this.hours = hours;
        this.linkTypeId = linkTypeId;
        this.linkTypeName = linkTypeName;
        this.passWithoutPostmortem = passWithoutPostmortem;
        this.problems = List.copyOf(problems);
    }

    public boolean isProjectPolicy() {
        return projectPolicy;
    }

    public String getHours() {
        return hours;
    }

    public String getLinkTypeId() {
        return linkTypeId;
    }

    /** The link type's name, or the saved id when no such link type exists any more. */
    public String getLinkTypeName() {
        return linkTypeName;
    }

    public boolean isPassWithoutPostmortem() {
        return passWithoutPostmortem;
    }

    public List<String> getProblems() {
        return problems;
    }

    /** The most hours the form accepts: the core's limit, the same as for a project's policy. */
    public long getMaxHours() {
        return SoakPolicy.MAX_HOURS;
    }
}
