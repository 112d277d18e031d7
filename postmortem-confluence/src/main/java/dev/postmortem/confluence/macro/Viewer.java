package dev.postmortem.confluence.macro;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The person the page is rendered for.
 *
 * @param userKey the Confluence user key; null for an anonymous reader
 * @param locale  their locale
 * @param zone    their time zone
 */
record Viewer(String userKey, Locale locale, ZoneId zone) {
    Viewer {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
    }

    Optional<String> userKeyIfLoggedIn() {
        return Optional.ofNullable(userKey);
    }
}
