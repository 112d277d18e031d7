package dev.postmortem.core.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Shared narrative fixtures; exported in the core test-jar so the plugin modules test against the same JSON.
 */
public final class NarrativeFixtures {

    public static final String RICH_JSON_RESOURCE = "/fixtures/narrative/rich-narrative.json";
    public static final String MINIMAL_JSON_RESOURCE = "/fixtures/narrative/minimal-narrative.json";

    private NarrativeFixtures() {
    }

    public static String richJson() {
        return resource(RICH_JSON_RESOURCE);
    }

    public static String minimalJson() {
        return resource(MINIMAL_JSON_RESOURCE);
    }

    /** The rich fixture, parsed; fails loudly if the fixture stops parsing. */
    public static Narrative rich() {
        return NarrativeJson.parse(richJson()).narrative()
                .orElseThrow(() -> new IllegalStateException("rich fixture does not parse"));
    }

    /** A small valid narrative built in code, for tests that vary one field. */
    public static Narrative valid() {
        return new Narrative(
                "Checkout failed for some customers.",
                new Impact(Instant.parse("2026-11-24T09:00:00Z"), Instant.parse("2026-11-24T09:30:00Z"),
                        Instant.parse("2026-11-24T09:10:00Z"), "SEV-2", "EU customers could not pay."),
                List.of(new TimelineEntry(Instant.parse("2026-11-24T09:00:00Z"), "Errors start.", "u1")),
                List.of(account("u1", "Ada", "It matched the runbook.")),
                List.of("No pool saturation alert."),
                "Pool size is capacity.",
                FailureClass.CONTROLLABLE);
    }

    public static PersonalAccount account(String userKey, String name, String why) {
        return new PersonalAccount(userKey, name, "On call", "A green dashboard.", "Promoted the release.", why);
    }

    private static String resource(String name) {
        try (InputStream in = NarrativeFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
