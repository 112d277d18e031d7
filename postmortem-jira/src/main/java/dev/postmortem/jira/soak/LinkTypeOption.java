package dev.postmortem.jira.soak;

/** One option of the link type select in the configuration form. Getters are in the velocity allowlist. */
public final class LinkTypeOption {

    private final String id;
    private final String name;
    private final boolean selected;

    LinkTypeOption(String id, String name, boolean selected) {
        this.id = id;
        this.name = name;
        this.selected = selected;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isSelected() {
        return selected;
    }
}
