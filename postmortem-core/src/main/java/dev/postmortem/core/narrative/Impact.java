package dev.postmortem.core.narrative;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the incident did to whom, and when. Every instant may be absent while the debrief is being written;
 * their order (end and detection not before the start) is checked by {@link NarrativeValidator}, not here,
 * so a draft with a mistake can still be held and shown with all its problems at once.
 *
 * @param start       when the impact began, or {@code null} if not known yet
 * @param end         when the impact ended, or {@code null} if not known yet (or ongoing)
 * @param detectedAt  when someone or something noticed, or {@code null} if not known yet
 * @param severity    the team's severity label (e.g. "SEV-2"); free text, empty when not set
 * @param description who was affected and how, in the team's words; empty when not set
 */
public record Impact(Instant start, Instant end, Instant detectedAt, String severity, String description) {

    private static final Impact EMPTY = new Impact(null, null, null, "", "");

    public Impact {
        severity = TextNormalisation.normalise(severity);
        description = TextNormalisation.normalise(description);
    }

    public static Impact empty() {
        return EMPTY;
    }

    /** How long the impact lasted, when both ends are known and in order. */
    public Optional<Duration> duration() {
        if (start == null || end == null || end.isBefore(start)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(start, end));
    }

    /**
     * A duration in whole minutes as every part of the app shows and weighs an impact: a started minute counts,
     * so 47 min 30 s is 48 minutes. The one rounding rule for the summary's duration and for proportionality.
     *
     * @param duration not negative
     */
    public static long startedMinutes(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        long minutes = duration.toMinutes();
        return duration.compareTo(Duration.ofMinutes(minutes)) > 0 ? minutes + 1 : minutes;
    }

    /** How long it took to notice, when both the start and the detection are known and in order. */
    public Optional<Duration> timeToDetect() {
        if (start == null || detectedAt == null || detectedAt.isBefore(start)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(start, detectedAt));
    }
}
