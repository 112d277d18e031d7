package dev.postmortem.core.actions;

import dev.postmortem.core.InvalidInput;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * When a list of follow-up actions is heavy for the incident it came from.
 *
 * <p>The list may hold {@code max(floor, ceil(perHour(severity) × impact in hours))} open actions (proposed plus
 * committed); more is HEAVY. {@code perHour} is looked up by the severity label, trimmed and lower-cased;
 * an unknown or missing label uses {@code defaultPerHour}. The floor keeps a short incident from being
 * flagged for the handful of actions almost every debrief produces. The product is computed exactly in decimal
 * (a rate of 4.4 is 44/10), so a rate and an impact that make a whole number of actions are never rounded up.
 *
 * <p>{@link #DEFAULT} is our assumption, not a published standard: a floor of 5 actions; per hour of impact 10
 * for the most severe labels (sev1, p1, critical), 6 (sev2, p2, major), 4 (sev3, p3, minor, and unknown
 * labels), 2 (sev4, p4, low). With it "37 actions for 5 minutes" is heavy whatever the severity, and a
 * four-hour sev1 may carry 40. A project can configure its own numbers.
 */
public record ProportionalityPolicy(int floor, double defaultPerHour, Map<String, Double> perHourBySeverity) {

    public static final ProportionalityPolicy DEFAULT = new ProportionalityPolicy(5, 4.0, defaults());

    public ProportionalityPolicy {
        Objects.requireNonNull(perHourBySeverity, "perHourBySeverity");
        if (floor < 0) {
            throw new InvalidInput("postmortem.actions.proportionality.policy.negativeFloor");
        }
        requireRate(defaultPerHour);
        Map<String, Double> normalised = new LinkedHashMap<>();
        perHourBySeverity.forEach((label, rate) -> {
            requireRate(rate);
            normalised.put(normalise(label), rate);
        });
        perHourBySeverity = Map.copyOf(normalised);
    }

    private static Map<String, Double> defaults() {
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String label : new String[] {"sev1", "sev-1", "p1", "critical", "blocker"}) {
            rates.put(label, 10.0);
        }
        for (String label : new String[] {"sev2", "sev-2", "p2", "major", "high"}) {
            rates.put(label, 6.0);
        }
        for (String label : new String[] {"sev3", "sev-3", "p3", "minor", "medium"}) {
            rates.put(label, 4.0);
        }
        for (String label : new String[] {"sev4", "sev-4", "p4", "low", "trivial"}) {
            rates.put(label, 2.0);
        }
        return rates;
    }

    private static void requireRate(Double rate) {
        if (rate == null || rate.isNaN() || rate.isInfinite() || rate < 0) {
            throw new InvalidInput("postmortem.actions.proportionality.policy.invalidRate");
        }
    }

    private static String normalise(String severity) {
        return severity == null ? "" : severity.strip().toLowerCase(Locale.ROOT);
    }

    /** Actions per hour of impact for this severity label (null or unknown → {@link #defaultPerHour()}). */
    public double perHour(String severity) {
        return perHourBySeverity.getOrDefault(normalise(severity), defaultPerHour);
    }

    /** The same policy with one severity's rate set. */
    public ProportionalityPolicy withSeverity(String severity, double perHour) {
        Objects.requireNonNull(severity, "severity");
        Map<String, Double> rates = new LinkedHashMap<>(perHourBySeverity);
        rates.put(normalise(severity), perHour);
        return new ProportionalityPolicy(floor, defaultPerHour, rates);
    }
}
