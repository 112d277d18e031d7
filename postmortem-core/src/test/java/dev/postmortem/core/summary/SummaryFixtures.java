package dev.postmortem.core.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shared summary fixtures ({@code fixtures/summary/*.json}), exported in the core test-jar so the Jira
 * resource and the Confluence macro test against the very same documents.
 * <ul>
 *   <li>{@code full-v1} – every field, accounts and actions in every state, umlauts and emoji</li>
 *   <li>{@code minimal-v1} – only the required fields</li>
 *   <li>{@code newer-v2} – version 2: {@link SummaryFormatException.Kind#NEWER_VERSION}</li>
 *   <li>{@code older-v0} – version 0: {@link SummaryFormatException.Kind#OLDER_VERSION}</li>
 *   <li>{@code malformed} – truncated JSON: {@link SummaryFormatException.Kind#MALFORMED}</li>
 * </ul>
 */
public final class SummaryFixtures {

    public static final String FULL = "full-v1";
    public static final String MINIMAL = "minimal-v1";
    public static final String NEWER = "newer-v2";
    public static final String OLDER = "older-v0";
    public static final String MALFORMED = "malformed";

    private SummaryFixtures() {
    }

    /** The fixture {@code fixtures/summary/<name>.json} as text. */
    public static String json(String name) {
        return resource("fixtures/summary/" + name + ".json");
    }

    /** A fixture that reads, as a summary (only for the valid ones). */
    public static DebriefSummary summary(String name) {
        try {
            return SummaryJson.read(json(name));
        } catch (SummaryFormatException e) {
            throw new IllegalArgumentException("fixture " + name + " does not read: " + e.getMessage(), e);
        }
    }

    /** {@code summary} with its actions replaced, e.g. to add one dropped at the decision after the soak. */
    public static DebriefSummary withActions(DebriefSummary s, List<SummaryAction> actions) {
        return new DebriefSummary(s.contractVersion(), s.issueKey(), s.title(), s.statusName(), s.issueUrl(),
                s.debriefHeldAt(), s.soakEndsAt(), s.failureClass(), s.followUpExpectationKey(), s.whatHappened(),
                s.impact(), s.timeline(), s.accounts(), s.contributingFactors(), s.learnings(), actions,
                s.proportionality(), s.generatedAt(), s.omitted());
    }

    static String resource(String path) {
        try (InputStream in = SummaryFixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
