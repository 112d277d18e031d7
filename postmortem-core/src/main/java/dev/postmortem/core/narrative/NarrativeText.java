package dev.postmortem.core.narrative;

import java.util.Objects;
import java.util.ArrayList;
import java.util.List;

/**
 * The narrative as plain text, for Jira's text search (JQL {@code ~}) and for the blameless-language check.
 *
 * <p>Order is fixed: summary; impact severity and description; each timeline text in order; for each account
 * the participant's name, role, what they saw and knew, what they did and why it made sense; each contributing
 * factor; what we learned. Each non-empty value is one paragraph, separated by a blank line, so that no
 * phrase runs across two fields. Instants, user keys of timeline authors and the failure class are left out:
 * they are not words anyone searches for or writes blame in. A participant without a display name appears
 * by user key.
 */
public final class NarrativeText {

    /** Between two values: a blank line, a word and sentence boundary for any text matcher. */
    public static final String SEPARATOR = "\n\n";

    private NarrativeText() {
    }

    public static String plainText(Narrative narrative) {
        Objects.requireNonNull(narrative, "narrative");
        List<String> parts = new ArrayList<>();
        add(parts, narrative.summary());
        add(parts, narrative.impact().severity());
        add(parts, narrative.impact().description());
        narrative.timeline().forEach(entry -> add(parts, entry.text()));
        for (PersonalAccount account : narrative.accounts()) {
            add(parts, account.participantName());
            add(parts, account.role());
            add(parts, account.whatTheySawAndKnew());
            add(parts, account.whatTheyDid());
            add(parts, account.whyItMadeSense());
            add(parts, account.whatWouldHaveHelped());
        }
        narrative.contributingFactors().forEach(factor -> add(parts, factor));
        add(parts, narrative.whatWeLearned());
        return String.join(SEPARATOR, parts);
    }

    private static void add(List<String> parts, String text) {
        if (!text.isEmpty()) {
            parts.add(text);
        }
    }
}
