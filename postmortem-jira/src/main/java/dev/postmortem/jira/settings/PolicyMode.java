package dev.postmortem.jira.settings;

import java.util.Optional;

/** How the form counts the soak: the values of its radio buttons. */
enum PolicyMode {
    /** No policy of the project's own: the site default applies. */
    SITE_DEFAULT,
    HOURS,
    BUSINESS_DAYS;

    static Optional<PolicyMode> parse(String value) {
        for (PolicyMode mode : values()) {
            if (mode.name().equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
