package dev.postmortem.core.actions;

import java.util.Locale;
import java.util.Set;

/**
 * Which resolution names mean an action is "not doing" rather than done: Jira's default names and their usual German
 * translations, compared case-insensitively, with a typographic apostrophe read as a plain one. A site's own names
 * are not known here; the host adds the resolution a project picked for dropping actions.
 */
public final class NotDoingResolutions {

    static final Set<String> NAMES = Set.of(
            "won't do", "won't fix", "wont do", "wont fix", "declined", "duplicate", "cannot reproduce", "obsolete",
            "rejected", "not doing", "abgelehnt", "wird nicht erledigt", "wird nicht behoben", "duplikat", "verworfen");

    private NotDoingResolutions() {
    }

    /** Whether a resolution called {@code name} means "not doing"; false for null. */
    public static boolean named(String name) {
        if (name == null) {
            return false;
        }
        return NAMES.contains(name.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
}
