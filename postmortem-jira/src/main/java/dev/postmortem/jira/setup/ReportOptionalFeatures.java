package dev.postmortem.jira.setup;

import dev.postmortem.jira.host.OptionalFeatures.Feature;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.SetupTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Names in the setup report every feature switched off because Jira does not provide a host service it needs
 * ({@link OptionalFeatures}). Writes nothing.
 */
public class ReportOptionalFeatures implements SetupStep {

    private final OptionalFeatures features;
    private final SetupTexts texts;

    public ReportOptionalFeatures(OptionalFeatures features, SetupTexts texts) {
        this.features = Objects.requireNonNull(features, "features");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    @Override
    public String id() {
        return "optional-features";
    }

    @Override
    public StepResult ensure() {
        List<String> off = new ArrayList<>();
        for (Feature feature : Feature.values()) {
            List<String> missing = features.missingServices(feature);
            if (!missing.isEmpty()) {
                off.add(texts.text("postmortem.jira.setup.features.offItem", texts.text(feature.messageKey()),
                        String.join(", ", missing)));
            }
        }
        if (off.isEmpty()) {
            return StepResult.unchanged("postmortem.jira.setup.features.allOn");
        }
        return StepResult.attention("postmortem.jira.setup.features.someOff", String.join("; ", off));
    }
}
