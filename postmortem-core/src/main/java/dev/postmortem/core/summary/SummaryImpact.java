package dev.postmortem.core.summary;

import java.time.Instant;
import java.util.Objects;

/**
 * The impact of the incident as the summary shows it.
 *
 * @param start      when impact started
 * @param end        when impact ended; optional (null while ongoing or unknown)
 * @param detectedAt when the incident was detected; optional
 * @param severity   the severity label as the team uses it (e.g. "SEV2"); optional
 * @param text       free text describing the impact; may be empty
 */
public record SummaryImpact(Instant start, Instant end, Instant detectedAt, String severity, String text) {
    public SummaryImpact {
        Objects.requireNonNull(start, "start");
        text = text == null ? "" : text;
    }
}
