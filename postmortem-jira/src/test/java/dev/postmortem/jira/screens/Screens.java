package dev.postmortem.jira.screens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes one rendered screen state as an HTML fragment to {@code target/screens/<state>.<language>.html}, for the
 * screenshot and accessibility run (src/test/js/screens.js, integration-test phase), which wraps it in a page with
 * AUI and our own CSS and JS. The first line is a comment the script reads: where the fragment sits in the product
 * (its width) and which of our web-resources it needs.
 */
public final class Screens {

    /** Where a fragment sits in the product, which sets the width of its screenshot. */
    public enum Place {
        /** The issue view's main column (the summary panel, the narrative field). */
        MAIN(900),
        /** The issue view's right-hand column (the soak panel). */
        SIDEBAR(360),
        /** The edit issue dialog. */
        DIALOG(810),
        /** An admin page (workflow condition configuration). */
        ADMIN(900),
        /** A Confluence page body. */
        PAGE(760),
        /** A mail's body as a mail client shows it (the decision notices). */
        MAIL(680),
        /** A dashboard item in a two-column Jira dashboard. */
        DASHBOARD(480);

        final int width;

        Place(int width) {
            this.width = width;
        }
    }

    private static final Pattern STATE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Screens() {
    }

    /** The module's target/screens (Surefire runs in the module's directory). */
    public static Path directory() {
        return Path.of("target", "screens");
    }

    /**
     * Writes the fragment; {@code resources} names our web-resource files it needs, relative to
     * src/main/resources (e.g. {@code css/soak/soak-panel.css}, {@code js/soak/soak-panel.js}).
     */
    public static Path write(String state, Locale locale, Place place, String html, String... resources) {
        if (!STATE.matcher(state).matches()) {
            throw new IllegalArgumentException("state names are lower-case words joined by '-': " + state);
        }
        StringBuilder header = new StringBuilder("<!-- screen {\"width\": ").append(place.width)
                .append(", \"place\": \"").append(place.name().toLowerCase(Locale.ROOT)).append("\", \"resources\": [");
        for (int i = 0; i < resources.length; i++) {
            header.append(i == 0 ? "" : ", ").append('"').append(resources[i]).append('"');
        }
        header.append("]} -->\n");
        Path file = directory().resolve(state + "." + locale.getLanguage() + ".html");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, header + html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
