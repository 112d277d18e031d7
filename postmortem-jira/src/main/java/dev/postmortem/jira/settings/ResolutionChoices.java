package dev.postmortem.jira.settings;

import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.resolution.Resolution;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.OptionalFeatures.Feature;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Jira's resolutions, for the "not doing" resolution select. {@link ResolutionManager} is an optional host service
 * here (its members are not confirmed for Jira 11, see atlassian-stubs/SIGNATURES.md): while it is missing the list is
 * empty, the page says so and keeps the saved choice, and the rest of the page works (ADR 0014).
 */
public class ResolutionChoices {

    /** One resolution of the select. */
    public record Choice(String id, String name) {
    }

    private final OptionalFeatures features;
    private final ResolutionManager resolutions;

    public ResolutionChoices(OptionalFeatures features, ResolutionManager resolutions) {
        this.features = Objects.requireNonNull(features, "features");
        this.resolutions = Objects.requireNonNull(resolutions, "resolutions");
    }

    /** Every resolution in Jira's order, or empty when Jira's list is not available. */
    public Optional<List<Choice>> all() {
        if (!features.isOn(Feature.RESOLUTION_CHOICE)) {
            return Optional.empty();
        }
        List<Resolution> all = resolutions.getResolutions();
        return Optional.of(all == null ? List.of() : all.stream().filter(Objects::nonNull)
                .map(r -> new Choice(r.getId(), r.getName())).toList());
    }
}
